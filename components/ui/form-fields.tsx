"use client";
import type { FieldValues, Path } from "react-hook-form";
import type { ActionForm } from "./action-form";
import { Field, Input, inputClass } from "./field";
import { Select, type SelectGroup, type SelectOption } from "./select";

// Controls bound to an ActionForm: the label, hint and error are linked, the
// id is the one the error summary points to.

type Common<T extends FieldValues> = { form: ActionForm<T>; name: Path<T>; label: string; hint?: string };

export function TextField<T extends FieldValues>({
  form,
  name,
  label,
  hint,
  type = "text",
  autoComplete,
  maxLength,
  inputMode,
}: Common<T> & {
  type?: "text" | "email" | "date" | "time" | "password" | "number" | "tel" | "url";
  autoComplete?: string;
  maxLength?: number;
  inputMode?: React.HTMLAttributes<HTMLInputElement>["inputMode"];
}) {
  return (
    <Input
      {...form.register(name)}
      id={form.idOf(name)}
      label={label}
      hint={hint}
      error={form.errorOf(name)}
      type={type}
      autoComplete={autoComplete}
      maxLength={maxLength}
      inputMode={inputMode}
    />
  );
}

export function TextAreaField<T extends FieldValues>({ form, name, label, hint, maxLength, rows = 5 }: Common<T> & { maxLength?: number; rows?: number }) {
  return (
    <Field id={form.idOf(name)} label={label} hint={hint} error={form.errorOf(name)}>
      {(a11y) => <textarea {...a11y} {...form.register(name)} rows={rows} maxLength={maxLength} className={`${inputClass} min-h-28 max-w-2xl`} />}
    </Field>
  );
}

export function SelectField<T extends FieldValues>({
  form,
  name,
  label,
  hint,
  options,
  placeholder,
}: Common<T> & { options: readonly (SelectOption | SelectGroup)[]; placeholder?: string }) {
  return <Select {...form.register(name)} id={form.idOf(name)} label={label} hint={hint} error={form.errorOf(name)} options={options} placeholder={placeholder} />;
}
