"use client";
import { openCaseSchema, type OpenCaseInput } from "@/lib/schemas/follow-up";
import { CONTACT_REASONS } from "@/lib/domain/follow-up";
import { ErrorSummary } from "@/components/ui/error-summary";
import { buttonClass } from "@/components/ui/field";
import { Choice, ChoiceFieldset } from "@/components/ui/choice-fieldset";
import { useActionForm } from "@/components/ui/use-action-form";
import type { Messages } from "@/lib/i18n";
import { openCaseAction } from "../actions";

export function OpenCaseForm({ learnerId, sourceRequestId, reason, m }: { learnerId: string; sourceRequestId: string; reason?: OpenCaseInput["reason"]; m: Messages }) {
  const t = m.cases;
  const f = useActionForm<OpenCaseInput>({
    schema: openCaseSchema,
    action: openCaseAction,
    defaultValues: { learnerId, sourceRequestId, reason },
    messages: t.errors,
    fields: ["reason"],
  });
  const error = f.errorOf("reason");
  return (
    <form noValidate onSubmit={f.onSubmit} className="space-y-4">
      <ErrorSummary title={t.errorSummary} errors={f.summary} attempt={f.attempt} />
      <ChoiceFieldset id="reason" legend={t.reason} error={error}>
        {CONTACT_REASONS.map((code, i) => (
          <Choice key={code} label={m.caseload.reasons[code]}>
            <input id={i === 0 ? "reason" : undefined} type="radio" value={code} {...f.register("reason")} />
          </Choice>
        ))}
      </ChoiceFieldset>
      <button type="submit" disabled={f.pending} className={buttonClass}>
        {t.open}
      </button>
    </form>
  );
}
