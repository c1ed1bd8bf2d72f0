"use client";
import { useState } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { ErrorSummary } from "@/components/ui/error-summary";
import { buttonClass } from "@/components/ui/field";
import { forgotPasswordSchema, type ForgotPasswordInput } from "@/lib/schemas/admin";
import type { Messages } from "@/lib/i18n";
import { translator, useServerForm } from "@/app/(portal)/admin/_components/use-server-form";
import { Notice, TextField } from "@/app/(portal)/admin/_components/fields";
import { forgotPasswordAction } from "./actions";

export function ForgotPasswordForm({ m }: { m: Pick<Messages, "account" | "forms" | "login"> }) {
  const t = m.account;
  const [sent, setSent] = useState(false);
  const { form, pending, fieldError, summary, attempt, onSubmit } = useServerForm<ForgotPasswordInput>({
    resolver: zodResolver(forgotPasswordSchema),
    defaultValues: { email: "" },
    action: forgotPasswordAction,
    translate: translator(t.errors, m.forms),
    onSuccess: () => setSent(true),
  });
  return (
    <form method="post" noValidate onSubmit={onSubmit} className="mt-6 space-y-5">
      <Notice>{sent ? t.forgot.sent : null}</Notice>
      <ErrorSummary title={t.errorSummary} errors={summary} attempt={attempt} />
      <TextField form={form} name="email" type="email" label={m.login.email} error={fieldError("email")} autoComplete="username" maxLength={254} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {t.forgot.submit}
      </button>
    </form>
  );
}
