"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { cancelMyCallSchema } from "@/lib/schemas/booking";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { TextAreaField } from "@/components/ui/form-fields";
import { cancelMyCallAction } from "../actions";

/** Cancelling the learner's call; inside the advisor's minimum notice the reason is required (the server checks it again). */
export function CancelCallForm({ appointmentId, reasonRequired }: { appointmentId: string; reasonRequired: boolean }) {
  const t = useTranslations("myCall");
  const router = useRouter();
  const f = useActionForm({
    schema: cancelMyCallSchema,
    action: cancelMyCallAction,
    defaultValues: { appointmentId, reason: "" },
    fields: { reason: t("reason") },
    errors: "booking.errors",
    // The form leaves the page with the call it cancelled: the page says so in a banner.
    onSuccess: () => router.push(`/learner/booking/${appointmentId}?cancelled=1`),
  });
  return (
    <form noValidate onSubmit={f.onSubmit} aria-labelledby="cancel-title" className="space-y-3 rounded border border-slate-300 bg-white p-4">
      <h2 id="cancel-title" className="text-lg font-semibold">
        {t("cancelTitle")}
      </h2>
      <FormErrorSummary form={f} />
      <TextAreaField form={f} name="reason" label={t("reason")} hint={reasonRequired ? t("reasonHintRequired") : t("reasonHint")} maxLength={500} rows={3} />
      <SubmitRow form={f} label={t("cancelSubmit")} variant="danger" />
    </form>
  );
}
