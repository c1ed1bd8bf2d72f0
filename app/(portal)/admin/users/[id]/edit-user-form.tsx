"use client";
import { useState } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { ErrorSummary } from "@/components/ui/error-summary";
import { buttonClass } from "@/components/ui/field";
import { ALL_ROLES, STAFF_ROLES, updateUserSchema, type UpdateUserInput } from "@/lib/schemas/admin";
import type { Messages } from "@/lib/i18n";
import { translator, useServerForm, type ServerFormResult } from "../../_components/use-server-form";
import { Notice, SelectField, TextField } from "../../_components/fields";

type Saved = "saved" | "unchanged";

export function EditUserForm({
  m,
  values,
  action,
}: {
  m: Pick<Messages, "admin" | "forms" | "roles">;
  values: UpdateUserInput;
  action: (input: unknown) => Promise<ServerFormResult<Saved>>;
}) {
  const t = m.admin.form;
  const [notice, setNotice] = useState<Saved | null>(null);
  const { form, pending, fieldError, summary, attempt, onSubmit } = useServerForm<UpdateUserInput, Saved>({
    resolver: zodResolver(updateUserSchema),
    defaultValues: values,
    action,
    translate: translator(m.admin.errors, m.forms),
    onSuccess: (data) => setNotice(data ?? null),
  });
  // A learner stays a learner: only staff roles are offered to staff.
  const roles = values.role === "LEARNER" ? (["LEARNER"] as const) : STAFF_ROLES;
  return (
    <form method="post" noValidate onSubmit={onSubmit} className="space-y-5" aria-labelledby="account-heading">
      <Notice>{notice ? t[notice] : null}</Notice>
      <ErrorSummary title={t.errorSummary} errors={summary} attempt={attempt} />
      <TextField form={form} name="firstName" label={t.firstName} error={fieldError("firstName")} autoComplete="off" maxLength={100} />
      <TextField form={form} name="lastName" label={t.lastName} error={fieldError("lastName")} autoComplete="off" maxLength={100} />
      <TextField form={form} name="email" type="email" label={t.email} error={fieldError("email")} autoComplete="off" maxLength={254} />
      <SelectField
        form={form}
        name="role"
        label={t.role}
        error={fieldError("role")}
        options={ALL_ROLES.filter((r) => (roles as readonly string[]).includes(r)).map((r) => ({ value: r, label: m.roles[r] }))}
      />
      <SelectField
        form={form}
        name="locale"
        label={t.locale}
        error={fieldError("locale")}
        options={(["fr", "en"] as const).map((l) => ({ value: l, label: t.localeNames[l] }))}
      />
      <button type="submit" disabled={pending} className={buttonClass}>
        {t.save}
      </button>
    </form>
  );
}
