"use client";
import { useTranslations } from "next-intl";
import { stakeholderSchema, type StakeholderInput } from "@/lib/schemas/stakeholders";
import { SHARING_SCOPES, STAKEHOLDER_KINDS } from "@/lib/domain/stakeholders";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { SelectField, TextField } from "@/components/ui/form-fields";
import { Choice, ChoiceFieldset } from "@/components/ui/choice-fieldset";
import { saveStakeholderAction } from "./actions";

type Initial = Omit<StakeholderInput, "learnerId">;

/** Adds a stakeholder (cleared after a success) or edits one (kept as saved). */
export function StakeholderForm({ learnerId, initial }: { learnerId: string; initial?: Initial }) {
  const t = useTranslations("stakeholders");
  const common = useTranslations("common");
  const saved = useTranslations("cases");
  const f = useActionForm({
    schema: stakeholderSchema,
    action: saveStakeholderAction,
    defaultValues: initial
      ? { learnerId, ...initial }
      : { learnerId, stakeholderId: "", kind: undefined, organisation: "", personName: "", roleTitle: "", email: "", phone: "", sharing: [] },
    fields: { kind: t("kindField"), organisation: t("organisation"), personName: t("personName"), roleTitle: t("roleTitle"), email: common("email"), phone: common("phone") },
    errors: "stakeholders.errors",
    success: saved("saved"),
    resetOnSuccess: !initial,
    idPrefix: initial ? `edit-${initial.stakeholderId}-` : "new-",
  });
  return (
    <form noValidate onSubmit={f.onSubmit} className="mt-3 space-y-3">
      <FormErrorSummary form={f} />
      <SelectField form={f} name="kind" label={t("kindField")} placeholder={common("none")} options={STAKEHOLDER_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
      <TextField form={f} name="organisation" label={t("organisation")} maxLength={200} />
      <TextField form={f} name="personName" label={t("personName")} maxLength={200} autoComplete="off" />
      <TextField form={f} name="roleTitle" label={t("roleTitle")} maxLength={200} />
      <TextField form={f} name="email" type="email" label={common("email")} maxLength={254} autoComplete="off" />
      <TextField form={f} name="phone" type="tel" label={common("phone")} maxLength={40} autoComplete="off" />
      <ChoiceFieldset id={f.idOf("sharing")} legend={t("sharing")} hint={t("sharingHint")}>
        {SHARING_SCOPES.map((scope) => (
          <Choice key={scope} label={t(`scope.${scope}`)}>
            <input type="checkbox" value={scope} {...f.register("sharing")} />
          </Choice>
        ))}
      </ChoiceFieldset>
      <SubmitRow form={f} label={initial ? t("save") : t("add")} />
    </form>
  );
}
