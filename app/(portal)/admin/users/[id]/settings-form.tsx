"use client";
import { useTranslations } from "next-intl";
import { editLearnerSettingsSchema, type EditLearnerSettingsInput } from "@/lib/schemas/admin";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { SelectField, TextField } from "@/components/ui/form-fields";
import type { Option } from "../../_components/types";
import { updateSettingsAction } from "../actions";

export function SettingsForm({ values, paths }: { values: EditLearnerSettingsInput; paths: Option[] }) {
  const t = useTranslations("admin");
  const f = useActionForm({
    schema: editLearnerSettingsSchema,
    action: updateSettingsAction,
    defaultValues: values,
    fields: {
      trainingPathId: t("form.trainingPath"),
      startDate: t("form.startDate"),
      plannedEndDate: t("form.plannedEndDate"),
      weeklyCommitment: t("form.weeklyCommitment"),
    },
    errors: "admin.errors",
    success: ({ changed }) => (changed ? t("form.saved") : t("form.unchanged")),
    idPrefix: "settings-",
  });
  return (
    <form method="post" noValidate onSubmit={f.onSubmit} className="space-y-5" aria-labelledby="settings-heading">
      <FormErrorSummary form={f} />
      <input type="hidden" {...f.register("id")} />
      <SelectField form={f} name="trainingPathId" label={t("form.trainingPath")} options={paths} />
      <TextField form={f} name="startDate" type="date" label={t("form.startDate")} />
      <TextField form={f} name="plannedEndDate" type="date" label={t("form.plannedEndDate")} />
      <TextField form={f} name="weeklyCommitment" type="number" label={t("form.weeklyCommitment")} hint={t("form.weeklyCommitmentHint")} />
      <SubmitRow form={f} label={t("detail.saveSettings")} />
    </form>
  );
}
