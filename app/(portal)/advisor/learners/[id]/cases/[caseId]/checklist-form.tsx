"use client";
import { checklistSchema, type ChecklistInput } from "@/lib/schemas/follow-up";
import { ErrorSummary } from "@/components/ui/error-summary";
import { buttonClass } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { Messages } from "@/lib/i18n";
import { saveChecklistAction } from "../actions";

export function ChecklistForm({
  learnerId,
  caseId,
  items,
  disabled,
  m,
}: {
  learnerId: string;
  caseId: string;
  items: { key: string; done: boolean }[];
  disabled: boolean;
  m: Messages;
}) {
  const t = m.cases;
  const f = useActionForm<ChecklistInput>({
    schema: checklistSchema,
    action: (values) => saveChecklistAction(learnerId, values),
    defaultValues: { caseId, done: items.filter((i) => i.done).map((i) => i.key) },
    messages: t.errors,
    fields: [],
  });
  return (
    <form noValidate onSubmit={f.onSubmit} className="space-y-2">
      <ErrorSummary title={t.errorSummary} errors={f.summary} attempt={f.attempt} />
      <fieldset disabled={disabled}>
        <legend className="sr-only">{t.checklist}</legend>
        {items.map((item) => (
          <label key={item.key} className="flex items-center gap-2">
            <input type="checkbox" value={item.key} {...f.register("done")} />
            {t.checklistItems[item.key as keyof typeof t.checklistItems] ?? item.key}
          </label>
        ))}
      </fieldset>
      {!disabled ? (
        <button type="submit" disabled={f.pending} className={buttonClass}>
          {t.checklistSubmit}
        </button>
      ) : null}
      <p role="status">{f.saved ? t.saved : ""}</p>
    </form>
  );
}
