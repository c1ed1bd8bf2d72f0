"use client";
import { useTranslations } from "next-intl";
import { signInSchema } from "@/lib/schemas/sign-in";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { Field, inputClass } from "@/components/ui/field";
import { signInAction } from "./actions";

export function SignInForm() {
  const t = useTranslations("login");
  const f = useActionForm({
    schema: signInSchema,
    action: signInAction,
    defaultValues: { email: "", password: "" },
    fields: { email: t("email"), password: t("password") },
    errors: "login.errors",
  });
  return (
    <form method="post" noValidate className="mt-6 space-y-5" onSubmit={f.onSubmit}>
      <FormErrorSummary form={f} />
      <Field id={f.idOf("email")} label={t("email")} error={f.errorOf("email")}>
        {(a11y) => <input {...a11y} {...f.register("email")} type="email" autoComplete="username" className={inputClass} />}
      </Field>
      <Field id={f.idOf("password")} label={t("password")} error={f.errorOf("password")}>
        {(a11y) => <input {...a11y} {...f.register("password")} type="password" autoComplete="current-password" className={inputClass} />}
      </Field>
      <SubmitRow form={f} label={t("submit")} />
    </form>
  );
}
