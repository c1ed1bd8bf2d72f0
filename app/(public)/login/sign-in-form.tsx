"use client";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signInSchema, type SignInInput } from "@/lib/schemas/sign-in";
import { ErrorSummary, type SummaryError } from "@/components/ui/error-summary";
import { Field, buttonClass, inputClass } from "@/components/ui/field";
import type { Messages } from "@/lib/i18n";
import { signInAction } from "./actions";

type LoginMessages = Messages["login"];

export function SignInForm({ m }: { m: LoginMessages }) {
  const [pending, startTransition] = useTransition();
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: "", password: "" },
    // The error summary takes focus, not the first field.
    shouldFocusError: false,
  });

  const message = (key: string | undefined) => (key ? ((m.errors as Record<string, string>)[key] ?? key) : undefined);
  const emailError = message(errors.email?.message ?? serverErrors.email);
  const passwordError = message(errors.password?.message ?? serverErrors.password);
  const summary: SummaryError[] = [
    ...(formError ? [{ message: formError }] : []),
    ...(emailError ? [{ fieldId: "email", message: emailError }] : []),
    ...(passwordError ? [{ fieldId: "password", message: passwordError }] : []),
  ];

  const onValid = (values: SignInInput) =>
    startTransition(async () => {
      const result = await signInAction(values);
      if (result && !result.ok) {
        setServerErrors(result.fieldErrors ?? {});
        setFormError(result.formError ? m.failed : null);
        setAttempt((n) => n + 1);
      }
    });

  return (
    <form
      method="post"
      noValidate
      className="mt-6 space-y-5"
      onSubmit={handleSubmit(onValid, () => {
        setFormError(null);
        setAttempt((n) => n + 1);
      })}
    >
      <ErrorSummary title={m.errorSummary} errors={summary} attempt={attempt} />
      <Field id="email" label={m.email} error={emailError}>
        {(a11y) => <input {...a11y} {...register("email")} type="email" autoComplete="username" className={inputClass} />}
      </Field>
      <Field id="password" label={m.password} error={passwordError}>
        {(a11y) => (
          <input {...a11y} {...register("password")} type="password" autoComplete="current-password" className={inputClass} />
        )}
      </Field>
      <button type="submit" disabled={pending} className={buttonClass}>
        {m.submit}
      </button>
    </form>
  );
}
