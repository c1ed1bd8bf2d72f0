"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { MACRO_ASSIGNMENTS, macroFields, type MacroInput } from "@/lib/schemas/team-tools";
import { REPLY_MAX, STATUSES } from "@/lib/schemas/triage";
import { createMacroAction, deleteMacroAction, updateMacroAction } from "@/lib/server/actions/team-tools";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/ui/form-fields";
import { DeleteRecordForm } from "./delete-record-form";

// Create or edit a macro (the Mentorship Manager only): a reply, a status, an assignment.

export function MacroForm({ existing, variablesHint }: { existing?: MacroInput & { id: string; version: number }; variablesHint: string }) {
  const t = useTranslations("teamTools.macros");
  const locales = useTranslations("teamTools.locales");
  const statuses = useTranslations("requestStatus");
  const router = useRouter();
  const f = useActionForm({
    schema: macroFields,
    action: async (values) => {
      const result = existing ? await updateMacroAction({ ...values, id: existing.id, version: existing.version }) : await createMacroAction(values);
      return result.ok ? { ok: true as const, data: undefined } : result;
    },
    defaultValues: existing ?? { title: "", locale: "fr", reply: "", status: "", assignment: "KEEP" },
    fields: { title: t("fields.title"), locale: t("fields.locale"), reply: t("fields.reply"), status: t("fields.status"), assignment: t("fields.assignment") },
    errors: "teamTools.errors",
    success: existing ? t("saved") : t("created"),
    resetOnSuccess: !existing,
    onSuccess: () => router.refresh(),
    idPrefix: existing ? "edit-" : "new-",
  });
  return (
    <form method="post" noValidate onSubmit={f.onSubmit} className="space-y-4">
      <FormErrorSummary form={f} />
      <TextField form={f} name="title" label={t("fields.title")} maxLength={120} />
      <SelectField form={f} name="locale" label={t("fields.locale")} options={(["fr", "en"] as const).map((l) => ({ value: l, label: locales(l) }))} />
      <TextAreaField form={f} name="reply" label={t("fields.reply")} hint={`${t("replyHint")} ${variablesHint}`} rows={6} maxLength={REPLY_MAX} />
      <SelectField form={f} name="status" label={t("fields.status")} options={[{ value: "", label: t("noStatus") }, ...STATUSES.map((s) => ({ value: s, label: statuses(s) }))]} />
      <SelectField form={f} name="assignment" label={t("fields.assignment")} options={MACRO_ASSIGNMENTS.map((a) => ({ value: a, label: t(`assignments.${a}`) }))} />
      <SubmitRow form={f} label={existing ? t("save") : t("create")} />
    </form>
  );
}

export function DeleteMacroForm({ id, title }: { id: string; title: string }) {
  const t = useTranslations("teamTools.macros");
  return (
    <DeleteRecordForm
      formId="delete-macro"
      action={() => deleteMacroAction({ id })}
      labels={{ trigger: t("delete"), title: t("deleteTitle", { title }), description: t("deleteBody") }}
      listPath="/support/macros"
    />
  );
}
