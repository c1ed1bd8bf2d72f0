"use client";
import { useTranslations } from "next-intl";
import { sendBookingLinkSchema } from "@/lib/schemas/booking";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { sendBookingLinkAction } from "../actions";

/** "Laisser l'apprenant·e choisir l'horaire": the signed booking link by email, for the case's next call. */
export function SendLinkForm({ caseId, kind }: { caseId: string; kind: "FIRST" | "FOLLOW_UP" }) {
  const t = useTranslations("bookingLink.send");
  const f = useActionForm({
    schema: sendBookingLinkSchema,
    action: sendBookingLinkAction,
    defaultValues: { caseId },
    fields: {},
    errors: "cases.errors",
    success: t("sent"),
    idPrefix: "send-link-",
  });
  return (
    <form noValidate onSubmit={f.onSubmit} aria-labelledby="send-link-title" className="mt-4 space-y-3 rounded border border-slate-300 p-3">
      <h3 id="send-link-title" className="font-semibold">
        {t("title")}
      </h3>
      <p className="text-sm text-slate-700">{t("hint", { kind: t(`kind.${kind}`) })}</p>
      <FormErrorSummary form={f} />
      <SubmitRow form={f} label={t("submit")} variant="secondary" />
    </form>
  );
}
