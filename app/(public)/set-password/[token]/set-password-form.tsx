"use client";
import { useState } from "react";
import Link from "next/link";
import { zodResolver } from "@hookform/resolvers/zod";
import { ErrorSummary } from "@/components/ui/error-summary";
import { buttonClass } from "@/components/ui/field";
import { passwordSchema, type PasswordInput } from "@/lib/schemas/admin";
import type { Messages } from "@/lib/i18n";
import { translator, useServerForm, type ServerFormResult } from "@/app/(portal)/admin/_components/use-server-form";
import { Notice, TextField } from "@/app/(portal)/admin/_components/fields";

export function SetPasswordForm({ m, action }: { m: Pick<Messages, "account" | "forms">; action: (input: unknown) => Promise<ServerFormResult> }) {
  const t = m.account;
  const [done, setDone] = useState(false);
  const { form, pending, fieldError, summary, attempt, onSubmit } = useServerForm<PasswordInput>({
    resolver: zodResolver(passwordSchema),
    defaultValues: { password: "", confirm: "" },
    action,
    translate: translator({ ...t.errors, invalid: t.setPassword.invalid }, m.forms),
    onSuccess: () => setDone(true),
  });
  if (done) {
    return (
      <div className="mt-6">
        <Notice>{t.setPassword.done}</Notice>
        <Link href="/login" className={`${buttonClass} no-underline hover:text-white`}>
          {t.setPassword.signIn}
        </Link>
      </div>
    );
  }
  return (
    <form method="post" noValidate onSubmit={onSubmit} className="mt-6 space-y-5">
      <ErrorSummary title={t.errorSummary} errors={summary} attempt={attempt} />
      <TextField form={form} name="password" type="password" label={t.setPassword.password} error={fieldError("password")} autoComplete="new-password" maxLength={200} />
      <TextField form={form} name="confirm" type="password" label={t.setPassword.confirm} error={fieldError("confirm")} autoComplete="new-password" maxLength={200} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {t.setPassword.submit}
      </button>
    </form>
  );
}
