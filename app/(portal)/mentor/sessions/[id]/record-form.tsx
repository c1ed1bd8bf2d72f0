"use client";
import { useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import { CANCELLERS, LEARNER_NOTE_MAX, PRIVATE_NOTE_MAX, SESSION_STATUSES, recordSessionSchema, type RecordSessionInput } from "@/lib/schemas/session";
import { FormErrorSummary, useActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/form-fields";
import { RadioField, WhenFields, useWhenLabels } from "../session-fields";
import { recordSessionAction } from "../actions";

/** What happened, the notes, and the plan itself; built from one version of the session. Success (and a conflict) reloads the page. */
export function RecordSessionForm({ defaults }: { defaults: RecordSessionInput }) {
  const t = useTranslations("sessions");
  const statuses = useTranslations("sessionStatus");
  const f = useActionForm({
    schema: recordSessionSchema,
    action: recordSessionAction,
    defaultValues: defaults,
    fields: {
      status: t("session.status"),
      cancelledBy: t("session.cancelledBy"),
      learnerNote: t("session.learnerNote"),
      privateNote: t("session.privateNote"),
      ...useWhenLabels(),
    },
    errors: "sessions.errors",
  });
  const cancelled = useWatch({ control: f.form.control, name: "status" }) === "CANCELLED";

  return (
    <form method="post" noValidate className="space-y-5" onSubmit={f.onSubmit}>
      <FormErrorSummary form={f} />
      <input type="hidden" {...f.register("id")} />
      <input type="hidden" {...f.register("version")} />
      <RadioField form={f} name="status" legend={t("session.status")} options={SESSION_STATUSES.map((s) => ({ value: s, label: statuses(s) }))} />
      {cancelled ? (
        <RadioField
          form={f}
          name="cancelledBy"
          legend={t("session.cancelledBy")}
          options={CANCELLERS.map((who) => ({ value: who, label: t(`cancelledByOption.${who}`) }))}
        />
      ) : null}
      <TextAreaField form={f} name="learnerNote" label={t("session.learnerNote")} hint={t("session.learnerNoteHint")} rows={3} maxLength={LEARNER_NOTE_MAX} />
      <TextAreaField form={f} name="privateNote" label={t("session.privateNote")} hint={t("session.privateNoteHint")} rows={3} maxLength={PRIVATE_NOTE_MAX} />
      <fieldset className="space-y-5 rounded border border-slate-300 p-4">
        <legend className="px-1 text-lg font-semibold">{t("session.when")}</legend>
        <WhenFields form={f} currentDuration={defaults.durationMinutes} />
      </fieldset>
      {/* No live region of its own: the page reloads and says the outcome in its banner. */}
      <Button type="submit" pending={f.pending}>
        {t("session.submit")}
      </Button>
    </form>
  );
}
