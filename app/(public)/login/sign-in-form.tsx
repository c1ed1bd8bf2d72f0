"use client";
import { useTranslations } from "next-intl";
import { signInSchema } from "@/lib/schemas/sign-in";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/form-fields";
import { signInAction } from "./actions";

export function SignInForm({ next }: { next?: string }) {
  const t = useTranslations("login");
  const f = useActionForm({
    schema: signInSchema,
    action: signInAction,
    defaultValues: { email: "", password: "", next },
    fields: { email: t("email"), password: t("password") },
    errors: "login.errors",
  });
  return (
    <form method="post" noValidate className="mt-6 space-y-5" onSubmit={f.onSubmit}>
      <FormErrorSummary form={f} />
      {next ? <input type="hidden" {...f.register("next")} /> : null}
      <TextField form={f} name="email" type="email" label={t("email")} autoComplete="username" />
      <TextField form={f} name="password" type="password" label={t("password")} autoComplete="current-password" />
      <SubmitRow form={f} label={t("submit")} />
    </form>
  );
}
