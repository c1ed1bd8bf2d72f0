"use client";
import type { FieldValues, Path } from "react-hook-form";
import type { ActionForm } from "./action-form";
import { Field, inputClass } from "./field";

// Controls bound to an ActionForm: the label, hint and error are linked, the
// id is the one the error summary points to.

type Common<T extends FieldValues> = { form: ActionForm<T>; name: Path<T>; label: string; hint?: string };

export const selectClass = inputClass;
export const textareaClass = `${inputClass} min-h-28 max-w-2xl`;

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
    <Field id={form.idOf(name)} label={label} hint={hint} error={form.errorOf(name)}>
      {(a11y) => (
        <input {...a11y} {...form.register(name)} type={type} autoComplete={autoComplete} maxLength={maxLength} inputMode={inputMode} className={inputClass} />
      )}
    </Field>
  );
}

export function TextAreaField<T extends FieldValues>({ form, name, label, hint, maxLength, rows = 5 }: Common<T> & { maxLength?: number; rows?: number }) {
  return (
    <Field id={form.idOf(name)} label={label} hint={hint} error={form.errorOf(name)}>
      {(a11y) => <textarea {...a11y} {...form.register(name)} rows={rows} maxLength={maxLength} className={textareaClass} />}
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
}: Common<T> & { options: { value: string; label: string }[]; placeholder?: string }) {
  return (
    <Field id={form.idOf(name)} label={label} hint={hint} error={form.errorOf(name)}>
      {(a11y) => (
        <select {...a11y} {...form.register(name)} className={selectClass}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
