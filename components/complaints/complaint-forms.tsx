"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { answerComplaintSchema, correctiveActionSchema, requalifyComplaintSchema, COMPLAINT_ANSWER_MAX, CORRECTIVE_ACTION_MAX, REQUALIFY_REASON_MAX } from "@/lib/schemas/complaints";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { TextAreaField, TextField } from "@/components/ui/form-fields";
import { answerComplaintAction, correctiveActionAction, requalifyComplaintAction } from "@/lib/server/actions/complaints";

const ERRORS = "complaints.errors";

/** On a staff request page: "this request is a complaint", with why. */
export function RequalifyForm({ requestId }: { requestId: string }) {
  const t = useTranslations("complaints.requalify");
  const router = useRouter();
  const f = useActionForm({
    schema: requalifyComplaintSchema.pick({ reason: true }),
    action: (values) => requalifyComplaintAction({ ...values, id: requestId }),
    defaultValues: { reason: "" },
    fields: { reason: t("reason") },
    errors: ERRORS,
    success: t("done"),
    onSuccess: () => router.refresh(),
    idPrefix: "complaint-",
  });
  return (
    <form method="post" noValidate onSubmit={f.onSubmit} className="space-y-3">
      <FormErrorSummary form={f} />
      <TextAreaField form={f} name="reason" label={t("reason")} maxLength={REQUALIFY_REASON_MAX} rows={3} />
      <SubmitRow form={f} label={t("submit")} variant="secondary" />
    </form>
  );
}

/** The register's answer to a complaint: sent once, to the request's author. */
export function AnswerComplaintForm({ id }: { id: string }) {
  const t = useTranslations("complaints.detail");
  const router = useRouter();
  const f = useActionForm({
    schema: answerComplaintSchema.pick({ answer: true }),
    action: (values) => answerComplaintAction({ ...values, id }),
    defaultValues: { answer: "" },
    fields: { answer: t("answer") },
    errors: ERRORS,
    success: t("answerDone"),
    onSuccess: () => router.refresh(),
  });
  return (
    <form method="post" noValidate onSubmit={f.onSubmit} className="space-y-3">
      <FormErrorSummary form={f} />
      <TextAreaField form={f} name="answer" label={t("answer")} hint={t("answerHint")} maxLength={COMPLAINT_ANSWER_MAX} />
      <SubmitRow form={f} label={t("answerSubmit")} />
    </form>
  );
}

/** The corrective action and the day it was done. */
export function CorrectiveActionForm({ id, action: current, doneOn }: { id: string; action: string; doneOn: string }) {
  const t = useTranslations("complaints.detail");
  const router = useRouter();
  const f = useActionForm({
    schema: correctiveActionSchema.pick({ correctiveAction: true, correctiveDoneOn: true }),
    action: (values) => correctiveActionAction({ ...values, id }),
    defaultValues: { correctiveAction: current, correctiveDoneOn: doneOn },
    fields: { correctiveAction: t("corrective"), correctiveDoneOn: t("correctiveDone") },
    errors: ERRORS,
    success: t("correctiveSaved"),
    onSuccess: () => router.refresh(),
    idPrefix: "corrective-",
  });
  return (
    <form method="post" noValidate onSubmit={f.onSubmit} className="space-y-3">
      <FormErrorSummary form={f} />
      <TextAreaField form={f} name="correctiveAction" label={t("corrective")} hint={t("correctiveHint")} maxLength={CORRECTIVE_ACTION_MAX} rows={3} />
      <TextField form={f} name="correctiveDoneOn" type="date" label={t("correctiveDone")} hint={t("correctiveDoneHint")} />
      <SubmitRow form={f} label={t("correctiveSubmit")} variant="secondary" />
    </form>
  );
}
