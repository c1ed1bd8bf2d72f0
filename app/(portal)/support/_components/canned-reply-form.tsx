"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { cannedReplyFields, type CannedReplyInput } from "@/lib/schemas/team-tools";
import { createCannedReplyAction, deleteCannedReplyAction, updateCannedReplyAction } from "@/lib/server/actions/team-tools";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/ui/form-fields";
import { DeleteRecordForm } from "./delete-record-form";
import { REPLY_MAX } from "@/lib/schemas/triage";

// Create or edit a canned reply (support and the Mentorship Manager). An unknown
// variable comes back from the server as the body's error, naming it.

export function CannedReplyForm({ existing, variablesHint }: { existing?: CannedReplyInput & { id: string; version: number }; variablesHint: string }) {
  const t = useTranslations("teamTools.canned");
  const locales = useTranslations("teamTools.locales");
  const router = useRouter();
  const f = useActionForm({
    schema: cannedReplyFields,
    action: async (values) => {
      const result = existing ? await updateCannedReplyAction({ ...values, id: existing.id, version: existing.version }) : await createCannedReplyAction(values);
      return result.ok ? { ok: true as const, data: undefined } : result;
    },
    defaultValues: existing ?? { title: "", locale: "fr", scope: "SHARED", body: "" },
    fields: { title: t("fields.title"), locale: t("fields.locale"), scope: t("scopeLabel"), body: t("fields.body") },
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
      <SelectField form={f} name="scope" label={t("scopeLabel")} options={(["SHARED", "PERSONAL"] as const).map((s) => ({ value: s, label: t(`scopeOptions.${s}`) }))} />
      <TextAreaField form={f} name="body" label={t("fields.body")} hint={variablesHint} rows={8} maxLength={REPLY_MAX} />
      <SubmitRow form={f} label={existing ? t("save") : t("create")} />
    </form>
  );
}

export function DeleteCannedReplyForm({ id, title }: { id: string; title: string }) {
  const t = useTranslations("teamTools.canned");
  return (
    <DeleteRecordForm
      formId="delete-canned-reply"
      action={() => deleteCannedReplyAction({ id })}
      labels={{ trigger: t("delete"), title: t("deleteTitle", { title }), description: t("deleteBody") }}
      listPath="/support/canned-replies"
    />
  );
}
