"use client";
import { closeCaseSchema, type CloseCaseInput } from "@/lib/schemas/follow-up";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, buttonClass, inputClass } from "@/components/ui/field";
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
  const outcomeError = f.errorOf("outcome");
  return (
    <form noValidate onSubmit={f.onSubmit} className="space-y-3">
      <p className="text-sm text-slate-700">{t.closeHint}</p>
      <ErrorSummary title={t.errorSummary} errors={f.summary} attempt={f.attempt} />
      <fieldset aria-describedby={outcomeError ? "close-outcome-error" : undefined} className={outcomeError ? "border-l-4 border-red-700 pl-3" : undefined}>
        <legend className="font-semibold">{t.outcomeField}</legend>
        {outcomeError ? (
          <p id="close-outcome-error" className="font-semibold text-red-800">
            {outcomeError}
          </p>
        ) : null}
        <label className="mt-1 flex items-center gap-2">
          <input id="close-outcome" type="radio" value="BLOCKER_SOLVED" {...f.register("outcome")} />
          {m.learnerFile.outcome.BLOCKER_SOLVED}
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" value="BLOCKER_NOT_SOLVED" {...f.register("outcome")} />
          {m.learnerFile.outcome.BLOCKER_NOT_SOLVED}
        </label>
      </fieldset>
      <Field id="close-nextStep" label={t.nextStep} error={f.errorOf("nextStep")}>
        {(a11y) => <input {...a11y} maxLength={500} {...f.register("nextStep")} className={inputClass} />}
      </Field>
      <button type="submit" disabled={f.pending} className={buttonClass}>
        {t.closeSubmit}
      </button>
    </form>
  );
}
