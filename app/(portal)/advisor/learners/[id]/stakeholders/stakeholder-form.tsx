"use client";
import { stakeholderSchema, type StakeholderInput } from "@/lib/schemas/stakeholders";
import { SHARING_SCOPES, STAKEHOLDER_KINDS } from "@/lib/domain/stakeholders";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, buttonClass, inputClass } from "@/components/ui/field";
import { Choice, ChoiceFieldset } from "@/components/ui/choice-fieldset";
import { useActionForm } from "@/components/ui/use-action-form";
import type { Messages } from "@/lib/i18n";
import { saveStakeholderAction } from "./actions";

type Initial = Omit<StakeholderInput, "learnerId">;

export function StakeholderForm({ learnerId, initial, m }: { learnerId: string; initial?: Initial; m: Messages }) {
  const t = m.stakeholders;
  const p = initial ? `edit-${initial.stakeholderId}-` : "new-";
  const f = useActionForm<StakeholderInput>({
    schema: stakeholderSchema,
    action: saveStakeholderAction,
    defaultValues: initial
      ? { learnerId, ...initial }
      : { learnerId, stakeholderId: "", kind: undefined, organisation: "", personName: "", roleTitle: "", email: "", phone: "", sharing: [] },
    messages: t.errors,
    fields: ["kind", "organisation", "personName", "roleTitle", "email", "phone"],
    idPrefix: p,
    onSuccess: () => {
      if (!initial) f.form.reset();
    },
  });
  return (
    <form noValidate onSubmit={f.onSubmit} className="mt-3 space-y-3">
      <ErrorSummary title={t.errorSummary} errors={f.summary} attempt={f.attempt} />
      <Field id={`${p}kind`} label={t.kindField} error={f.errorOf("kind")}>
        {(a11y) => (
          <select {...a11y} {...f.register("kind")} className={inputClass}>
            <option value="">{m.common.none}</option>
            {STAKEHOLDER_KINDS.map((k) => (
              <option key={k} value={k}>
                {t.kind[k]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={`${p}organisation`} label={t.organisation} error={f.errorOf("organisation")}>
        {(a11y) => <input {...a11y} maxLength={200} {...f.register("organisation")} className={inputClass} />}
      </Field>
      <Field id={`${p}personName`} label={t.personName} error={f.errorOf("personName")}>
        {(a11y) => <input {...a11y} maxLength={200} autoComplete="off" {...f.register("personName")} className={inputClass} />}
      </Field>
      <Field id={`${p}roleTitle`} label={t.roleTitle} error={f.errorOf("roleTitle")}>
        {(a11y) => <input {...a11y} maxLength={200} {...f.register("roleTitle")} className={inputClass} />}
      </Field>
      <Field id={`${p}email`} label={m.common.email} error={f.errorOf("email")}>
        {(a11y) => <input {...a11y} type="email" maxLength={254} autoComplete="off" {...f.register("email")} className={inputClass} />}
      </Field>
      <Field id={`${p}phone`} label={m.common.phone} error={f.errorOf("phone")}>
        {(a11y) => <input {...a11y} type="tel" maxLength={40} autoComplete="off" {...f.register("phone")} className={inputClass} />}
      </Field>
      <ChoiceFieldset id={`${p}sharing`} legend={t.sharing} hint={t.sharingHint}>
        {SHARING_SCOPES.map((scope) => (
          <Choice key={scope} label={t.scope[scope]}>
            <input type="checkbox" value={scope} {...f.register("sharing")} />
          </Choice>
        ))}
      </ChoiceFieldset>
      <button type="submit" disabled={f.pending} className={buttonClass}>
        {initial ? t.save : t.add}
      </button>
      <p role="status">{f.saved ? m.cases.saved : ""}</p>
    </form>
  );
}
