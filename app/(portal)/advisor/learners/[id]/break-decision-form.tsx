"use client";
import { decideBreakSchema, type DecideBreakInput } from "@/lib/schemas/follow-up";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, buttonClass, inputClass } from "@/components/ui/field";
import { Choice, ChoiceFieldset } from "@/components/ui/choice-fieldset";
import { useActionForm } from "@/components/ui/use-action-form";
import type { Messages } from "@/lib/i18n";
import { decideBreakAction } from "./actions";

export function BreakDecisionForm({
  learnerId,
  breakId,
  startDate,
  endDate,
  m,
}: {
  learnerId: string;
  breakId: string;
  startDate: string;
  endDate: string;
  m: Messages;
}) {
  const t = m.learnerFile;
  const prefix = `break-${breakId}-`;
  const f = useActionForm<DecideBreakInput>({
    schema: decideBreakSchema,
    action: (values) => decideBreakAction(learnerId, values),
    defaultValues: { breakId, decision: undefined, startDate, endDate },
    messages: m.cases.errors,
    fields: ["decision", "startDate", "endDate"],
    idPrefix: prefix,
  });
  return (
    <form noValidate onSubmit={f.onSubmit} className="mt-3 space-y-3 rounded border border-slate-300 p-3">
      <ErrorSummary title={m.cases.errorSummary} errors={f.summary} attempt={f.attempt} />
      <ChoiceFieldset id={`${prefix}decision`} legend={t.decideBreak} error={f.errorOf("decision")}>
        <Choice label={t.approve}>
          <input id={`${prefix}decision`} type="radio" value="APPROVED" {...f.register("decision")} />
        </Choice>
        <Choice label={t.refuse}>
          <input type="radio" value="REFUSED" {...f.register("decision")} />
        </Choice>
      </ChoiceFieldset>
      <div className="grid gap-3 md:grid-cols-2">
        <Field id={`${prefix}startDate`} label={t.startDate} error={f.errorOf("startDate")}>
          {(a11y) => <input {...a11y} type="date" {...f.register("startDate")} className={inputClass} />}
        </Field>
        <Field id={`${prefix}endDate`} label={t.endDate} error={f.errorOf("endDate")}>
          {(a11y) => <input {...a11y} type="date" {...f.register("endDate")} className={inputClass} />}
        </Field>
      </div>
      <button type="submit" disabled={f.pending} className={buttonClass}>
        {t.saveDecision}
      </button>
    </form>
  );
}
