"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { LEARNER_NOTE_MAX, PRIVATE_NOTE_MAX, logPastSessionSchema, type LogPastSessionInput } from "@/lib/schemas/session";
import { FormErrorSummary, useActionForm, type ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField } from "@/components/ui/form-fields";
import { ConfirmBreakField, RadioField, WhenFields, useWhenLabels } from "../session-fields";
import { logPastSessionAction } from "../actions";

/** A session that took place without being planned here, with its outcome. Success opens it. */
export function LogPastSessionForm({ learners, defaults }: { learners: { id: string; name: string }[]; defaults: LogPastSessionInput }) {
  const t = useTranslations("sessions");
  const statuses = useTranslations("sessionStatus");
  const f = useActionForm({
    schema: logPastSessionSchema,
    action: logPastSessionAction,
    defaultValues: defaults,
    fields: {
      learnerId: t("plan.learner"),
      ...useWhenLabels(),
      status: t("logPast.status"),
      learnerNote: t("session.learnerNote"),
      privateNote: t("session.privateNote"),
      confirmBreak: t("plan.confirmBreak"),
    },
    errors: "sessions.errors",
  });
  return (
    <form method="post" noValidate className="space-y-5" onSubmit={f.onSubmit}>
      <FormErrorSummary form={f} />
      <SelectField form={f} name="learnerId" label={t("plan.learner")} placeholder={t("plan.chooseLearner")} options={learners.map((l) => ({ value: l.id, label: l.name }))} />
      <WhenFields form={f} />
      <ConfirmBreakField form={f} />
      <RadioField form={f as unknown as ActionForm<{ status: string }>} name="status" legend={t("logPast.status")} options={(["HELD", "NO_SHOW"] as const).map((s) => ({ value: s, label: statuses(s) }))} />
      <TextAreaField form={f} name="learnerNote" label={t("session.learnerNote")} hint={t("session.learnerNoteHint")} rows={3} maxLength={LEARNER_NOTE_MAX} />
      <TextAreaField form={f} name="privateNote" label={t("session.privateNote")} hint={t("session.privateNoteHint")} rows={3} maxLength={PRIVATE_NOTE_MAX} />
      <div className="flex items-center gap-6">
        <Button type="submit" pending={f.pending}>
          {t("logPast.submit")}
        </Button>
        <Link href="/mentor">{t("plan.cancel")}</Link>
      </div>
    </form>
  );
}
