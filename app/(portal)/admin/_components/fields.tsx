"use client";
import type { ReactNode } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";

export const selectClass = "block w-full max-w-md rounded border-2 border-slate-700 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700";

type Option = { value: string; label: string };

/** A labelled text/date/email input bound to the form. */
export function TextField<T extends FieldValues>({
  form,
  name,
  label,
  hint,
  error,
  type = "text",
  autoComplete,
  maxLength,
}: {
  form: UseFormReturn<T>;
  name: Path<T>;
  label: string;
  hint?: string;
  error?: string;
  type?: "text" | "email" | "date" | "password" | "number";
  autoComplete?: string;
  maxLength?: number;
}) {
  return (
    <Field id={name} label={label} hint={hint} error={error}>
      {(a11y) => <input {...a11y} {...form.register(name)} type={type} autoComplete={autoComplete} maxLength={maxLength} className={inputClass} />}
    </Field>
  );
}

/** A labelled select bound to the form; `placeholder` adds an empty first option. */
export function SelectField<T extends FieldValues>({
  form,
  name,
  label,
  hint,
  error,
  options,
  placeholder,
}: {
  form: UseFormReturn<T>;
  name: Path<T>;
  label: string;
  hint?: string;
  error?: string;
  options: Option[];
  placeholder?: string;
}) {
  return (
    <Field id={name} label={label} hint={hint} error={error}>
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

/** A success message read out by screen readers. */
export function Notice({ children }: { children: ReactNode }) {
  if (!children) return <div role="status" />;
  return (
    <div role="status" className="mb-4 rounded border-l-4 border-green-700 bg-green-50 p-3 font-semibold text-green-900">
      {children}
    </div>
  );
}
