"use client";
import { useState } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { ErrorSummary } from "@/components/ui/error-summary";
import { buttonClass } from "@/components/ui/field";
import { learnerSettingsSchema, type LearnerSettingsInput } from "@/lib/schemas/admin";
import type { Messages } from "@/lib/i18n";
import { translator, useServerForm, type ServerFormResult } from "../../_components/use-server-form";
import { Notice, SelectField, TextField } from "../../_components/fields";
import type { Option } from "../../_components/types";

type Saved = "saved" | "unchanged";

export function SettingsForm({
  m,
  values,
  paths,
  action,
}: {
  m: Pick<Messages, "admin" | "forms">;
  values: LearnerSettingsInput;
  paths: Option[];
  action: (input: unknown) => Promise<ServerFormResult<Saved>>;
}) {
  const t = m.admin.form;
  const [notice, setNotice] = useState<Saved | null>(null);
  const { form, pending, fieldError, summary, attempt, onSubmit } = useServerForm<LearnerSettingsInput, Saved>({
    resolver: zodResolver(learnerSettingsSchema),
    defaultValues: values,
    action,
    translate: translator(m.admin.errors, m.forms),
    onSuccess: (data) => setNotice(data ?? null),
  });
  return (
    <form method="post" noValidate onSubmit={onSubmit} className="space-y-5" aria-labelledby="settings-heading">
      <Notice>{notice ? t[notice] : null}</Notice>
      <ErrorSummary title={t.errorSummary} errors={summary} attempt={attempt} />
      <SelectField form={form} name="trainingPathId" label={t.trainingPath} error={fieldError("trainingPathId")} options={paths} />
      <TextField form={form} name="startDate" type="date" label={t.startDate} error={fieldError("startDate")} />
      <TextField form={form} name="plannedEndDate" type="date" label={t.plannedEndDate} error={fieldError("plannedEndDate")} />
      <TextField form={form} name="weeklyCommitment" type="number" label={t.weeklyCommitment} hint={t.weeklyCommitmentHint} error={fieldError("weeklyCommitment")} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {m.admin.detail.saveSettings}
      </button>
    </form>
  );
}
