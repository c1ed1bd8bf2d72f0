"use client";
import { closeCaseSchema, type CloseCaseInput } from "@/lib/schemas/follow-up";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, buttonClass, inputClass } from "@/components/ui/field";
import { Choice, ChoiceFieldset } from "@/components/ui/choice-fieldset";
import { useActionForm } from "@/components/ui/use-action-form";
import type { Messages } from "@/lib/i18n";
import { closeCaseAction } from "../actions";

export function CloseForm({ learnerId, caseId, m }: { learnerId: string; caseId: string; m: Messages }) {
  const t = m.cases;
  const f = useActionForm<CloseCaseInput>({
    schema: closeCaseSchema,
    action: (values) => closeCaseAction(learnerId, values),
    defaultValues: { caseId, outcome: undefined, nextStep: "" },
    messages: t.errors,
    fields: ["outcome", "nextStep"],
    idPrefix: "close-",
  });
  return (
    <form noValidate onSubmit={f.onSubmit} className="space-y-3">
      <p className="text-sm text-slate-700">{t.closeHint}</p>
      <ErrorSummary title={t.errorSummary} errors={f.summary} attempt={f.attempt} />
      <ChoiceFieldset id="close-outcome" legend={t.outcomeField} error={f.errorOf("outcome")}>
        <Choice label={m.learnerFile.outcome.BLOCKER_SOLVED}>
          <input id="close-outcome" type="radio" value="BLOCKER_SOLVED" {...f.register("outcome")} />
        </Choice>
        <Choice label={m.learnerFile.outcome.BLOCKER_NOT_SOLVED}>
          <input type="radio" value="BLOCKER_NOT_SOLVED" {...f.register("outcome")} />
        </Choice>
      </ChoiceFieldset>
      <Field id="close-nextStep" label={t.nextStep} error={f.errorOf("nextStep")}>
        {(a11y) => <input {...a11y} maxLength={500} {...f.register("nextStep")} className={inputClass} />}
      </Field>
      <button type="submit" disabled={f.pending} className={buttonClass}>
        {t.closeSubmit}
      </button>
    </form>
  );
}
