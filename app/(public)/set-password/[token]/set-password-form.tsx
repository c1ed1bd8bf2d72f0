"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { setPasswordSchema } from "@/lib/schemas/admin";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/form-fields";
import { ButtonLink } from "@/components/ui/button-link";
import { setPasswordAction } from "./actions";

export function SetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("account.setPassword");
  const [done, setDone] = useState(false);
  const f = useActionForm({
    schema: setPasswordSchema,
    action: setPasswordAction,
    defaultValues: { password: "", confirm: "", token },
    fields: { password: t("password"), confirm: t("confirm") },
    errors: "account.errors",
    onSuccess: () => setDone(true),
  });
  if (done) {
    return (
      <div className="mt-6 space-y-4">
        <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-3 font-semibold text-green-900">
          {t("done")}
        </p>
        <ButtonLink href="/login">{t("signIn")}</ButtonLink>
      </div>
    );
  }
  return (
    <form method="post" noValidate onSubmit={f.onSubmit} className="mt-6 space-y-5">
      <FormErrorSummary form={f} />
      <input type="hidden" {...f.register("token")} />
      <TextField form={f} name="password" type="password" label={t("password")} autoComplete="new-password" maxLength={200} />
      <TextField form={f} name="confirm" type="password" label={t("confirm")} autoComplete="new-password" maxLength={200} />
      <SubmitRow form={f} label={t("submit")} />
    </form>
  );
}
