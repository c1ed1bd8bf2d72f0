"use client";
import { openCaseSchema, type OpenCaseInput } from "@/lib/schemas/follow-up";
import { CONTACT_REASONS } from "@/lib/domain/follow-up";
import { ErrorSummary } from "@/components/ui/error-summary";
import { buttonClass } from "@/components/ui/field";
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
      <fieldset aria-describedby={error ? "reason-error" : undefined} className={error ? "border-l-4 border-red-700 pl-3" : undefined}>
        <legend className="font-semibold">{t.reason}</legend>
        {error ? (
          <p id="reason-error" className="font-semibold text-red-800">
            {error}
          </p>
        ) : null}
        <div className="mt-2 space-y-2">
          {CONTACT_REASONS.map((code, i) => (
            <label key={code} className="flex items-center gap-2">
              <input id={i === 0 ? "reason" : undefined} type="radio" value={code} {...f.register("reason")} />
              {m.caseload.reasons[code]}
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" disabled={f.pending} className={buttonClass}>
        {t.open}
      </button>
    </form>
  );
}
