"use client";
import { recordAppointmentSchema, type RecordAppointmentInput } from "@/lib/schemas/follow-up";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, buttonClass, inputClass } from "@/components/ui/field";
import { Choice, ChoiceFieldset } from "@/components/ui/choice-fieldset";
import { useActionForm } from "@/components/ui/use-action-form";
import type { Messages } from "@/lib/i18n";
import { recordAppointmentAction } from "../actions";

export function RecordForm({
  learnerId,
  caseId,
  appointmentId,
  kind,
  m,
}: {
  learnerId: string;
  caseId: string;
  appointmentId: string;
  kind: RecordAppointmentInput["kind"];
  m: Messages;
}) {
  const t = m.cases;
  const p = `record-${appointmentId}-`;
  const f = useActionForm<RecordAppointmentInput>({
    schema: recordAppointmentSchema,
    action: (values) => recordAppointmentAction(learnerId, caseId, values),
    defaultValues: { appointmentId, kind, status: undefined, blocker: "", notes: "" },
    messages: t.errors,
    fields: ["status", "blocker", "notes"],
    idPrefix: p,
  });
  return (
    <form noValidate onSubmit={f.onSubmit} className="mt-2 space-y-3 rounded border border-slate-300 p-3">
      <h3 className="font-semibold">{t.record}</h3>
      <ErrorSummary title={t.errorSummary} errors={f.summary} attempt={f.attempt} />
      <ChoiceFieldset id={`${p}status`} legend={t.attendance} error={f.errorOf("status")}>
        <Choice label={t.held}>
          <input id={`${p}status`} type="radio" value="HELD" {...f.register("status")} />
        </Choice>
        <Choice label={t.noShow}>
          <input type="radio" value="NO_SHOW" {...f.register("status")} />
        </Choice>
      </ChoiceFieldset>
      {kind === "FIRST" ? (
        <Field id={`${p}blocker`} label={t.blockerField} hint={t.blockerHint} error={f.errorOf("blocker")}>
          {(a11y) => <textarea {...a11y} rows={3} maxLength={2000} {...f.register("blocker")} className={inputClass} />}
        </Field>
      ) : null}
      <Field id={`${p}notes`} label={t.notes} error={f.errorOf("notes")}>
        {(a11y) => <textarea {...a11y} rows={3} maxLength={2000} {...f.register("notes")} className={inputClass} />}
      </Field>
      <button type="submit" disabled={f.pending} className={buttonClass}>
        {t.recordSubmit}
      </button>
    </form>
  );
}
