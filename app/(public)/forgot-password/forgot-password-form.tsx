"use client";
import { useTranslations } from "next-intl";
import { forgotPasswordSchema } from "@/lib/schemas/admin";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/form-fields";
import { forgotPasswordAction } from "./actions";

export function ForgotPasswordForm() {
  const t = useTranslations();
  const f = useActionForm({
    schema: forgotPasswordSchema,
    action: forgotPasswordAction,
    defaultValues: { email: "" },
    fields: { email: t("login.email") },
    errors: "account.errors",
    success: t("account.forgot.sent"),
  });
  return (
    <form method="post" noValidate onSubmit={f.onSubmit} className="mt-6 space-y-5">
      <FormErrorSummary form={f} />
      <TextField form={f} name="email" type="email" label={t("login.email")} autoComplete="username" maxLength={254} />
      <SubmitRow form={f} label={t("account.forgot.submit")} />
    </form>
  );
}
