"use client";
import { useTranslations } from "next-intl";
import { proposeSlotsSchema } from "@/lib/schemas/booking";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { proposeSlotsAction } from "@/lib/server/actions/booking-links";

/** Emails the learner who asked to be called back a signed link to their advisor's free slots. */
export function ProposeSlotsForm({ requestId }: { requestId: string }) {
  const t = useTranslations("callback");
  const f = useActionForm({
    schema: proposeSlotsSchema,
    action: proposeSlotsAction,
    defaultValues: { requestId },
    fields: {},
    errors: "booking.errors",
    success: t("proposed"),
    idPrefix: "propose-",
  });
  return (
    <form noValidate onSubmit={f.onSubmit} className="space-y-2">
      <FormErrorSummary form={f} />
      <p className="text-sm text-slate-700">{t("proposeHint")}</p>
      <SubmitRow form={f} label={t("propose")} variant="secondary" />
    </form>
  );
}
