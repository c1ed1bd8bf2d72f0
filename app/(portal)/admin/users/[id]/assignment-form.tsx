"use client";
import { useState } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { ErrorSummary } from "@/components/ui/error-summary";
import { buttonClass } from "@/components/ui/field";
import { assignmentSchema, type AssignmentInput } from "@/lib/schemas/admin";
import type { Messages } from "@/lib/i18n";
import { translator, useServerForm, type ServerFormResult } from "../../_components/use-server-form";
import { Notice, SelectField, TextField } from "../../_components/fields";
import type { Option } from "../../_components/types";

type Saved = "saved" | "unchanged";

export function AssignmentForm({
  m,
  values,
  advisors,
  mentors,
  action,
}: {
  m: Pick<Messages, "admin" | "forms">;
  values: AssignmentInput;
  advisors: Option[];
  mentors: Option[];
  action: (input: unknown) => Promise<ServerFormResult<Saved>>;
}) {
  const t = m.admin.form;
  const [notice, setNotice] = useState<Saved | null>(null);
  const { form, pending, fieldError, summary, attempt, onSubmit } = useServerForm<AssignmentInput, Saved>({
    resolver: zodResolver(assignmentSchema),
    defaultValues: values,
    action,
    translate: translator(m.admin.errors, m.forms),
    onSuccess: (data) => {
      setNotice(data ?? null);
      form.setValue("reason", "");
    },
  });
  return (
    <form method="post" noValidate onSubmit={onSubmit} className="space-y-5" aria-labelledby="assignment-heading">
      <Notice>{notice ? t[notice] : null}</Notice>
      <ErrorSummary title={t.errorSummary} errors={summary} attempt={attempt} />
      <SelectField form={form} name="advisorId" label={t.advisor} error={fieldError("advisorId")} options={advisors} placeholder={t.noOne} />
      <SelectField form={form} name="mentorId" label={t.mentor} error={fieldError("mentorId")} options={mentors} placeholder={t.noOne} />
      <TextField form={form} name="reason" label={m.admin.detail.reason} error={fieldError("reason")} maxLength={300} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {m.admin.detail.assign}
      </button>
    </form>
  );
}
