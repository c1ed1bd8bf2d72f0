"use client";
import { useTranslations } from "next-intl";
import { checklistSchema } from "@/lib/schemas/follow-up";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { saveChecklistAction } from "../actions";

export function ChecklistForm({ caseId, items, disabled }: { caseId: string; items: { key: string; label: string; done: boolean }[]; disabled: boolean }) {
  const t = useTranslations("cases");
  const f = useActionForm({
    schema: checklistSchema,
    action: saveChecklistAction,
    defaultValues: { caseId, done: items.filter((i) => i.done).map((i) => i.key) },
    fields: {},
    errors: "cases.errors",
    success: t("saved"),
  });
  return (
    <form noValidate onSubmit={f.onSubmit} className="space-y-2">
      <FormErrorSummary form={f} />
      <fieldset disabled={disabled}>
        <legend className="sr-only">{t("checklist")}</legend>
        {items.map((item) => (
          <label key={item.key} className="flex items-center gap-2">
            <input type="checkbox" value={item.key} {...f.register("done")} />
            {item.label}
          </label>
        ))}
      </fieldset>
      {!disabled ? <SubmitRow form={f} label={t("checklistSubmit")} /> : null}
    </form>
  );
}
