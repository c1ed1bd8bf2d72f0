"use client";
import { useState, useTransition } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import type { SummaryError } from "@/components/ui/error-summary";
import type { FormResult } from "@/lib/schemas/form-result";

/** A server action's answer: FormResult, with a notice or data on success. */
export type ServerFormResult<D = undefined> = Exclude<FormResult, { ok: true }> | { ok: true; data?: D };

/**
 * The house form pattern in one hook: react-hook-form with the shared zod
 * schema, the server's field and form errors, the error summary's list
 * (in field order) and its focus counter. What was typed stays.
 */
export function useServerForm<T extends FieldValues, D = undefined>(options: {
  resolver: Resolver<T>;
  defaultValues: T;
  action: (values: T) => Promise<ServerFormResult<D>>;
  /** The field's own message (`field.key`) when the catalogue has one, else the generic key's. */
  translate: (key: string, field?: string) => string;
  onSuccess?: (data: D | undefined, values: T) => void;
}) {
  const [pending, startTransition] = useTransition();
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const form = useForm<T>({
    resolver: options.resolver,
    defaultValues: options.defaultValues as DefaultValues<T>,
    shouldFocusError: false,
  });
  const fields = Object.keys(options.defaultValues) as Path<T>[];

  const fieldError = (name: Path<T>): string | undefined => {
    const key = (form.formState.errors[name]?.message as string | undefined) ?? serverErrors[name];
    return key ? options.translate(key, name) : undefined;
  };

  const summary: SummaryError[] = [
    ...(formError ? [{ message: options.translate(formError) }] : []),
    ...fields.flatMap((name) => {
      const message = fieldError(name);
      return message ? [{ fieldId: name, message }] : [];
    }),
  ];

  const onSubmit = form.handleSubmit(
    (values) =>
      startTransition(async () => {
        const result = await options.action(values);
        if (!result.ok) {
          setServerErrors(result.fieldErrors ?? {});
          setFormError(result.formError ?? null);
          setAttempt((n) => n + 1);
          return;
        }
        setServerErrors({});
        setFormError(null);
        options.onSuccess?.(result.data, values);
      }),
    () => {
      setFormError(null);
      setAttempt((n) => n + 1);
    },
  );

  return { form, pending, fieldError, summary, attempt, onSubmit };
}

/**
 * Turns an error key into text: `field.key` then `key`, in the feature's own
 * catalogue first, then the shared form messages.
 */
export function translator(...catalogues: Record<string, unknown>[]) {
  return (key: string, field?: string): string => {
    for (const candidate of field ? [`${field}.${key}`, key] : [key]) {
      for (const catalogue of catalogues) {
        const value = catalogue[candidate];
        if (typeof value === "string") return value;
      }
    }
    const fallback = catalogues[catalogues.length - 1]?.unexpected;
    return typeof fallback === "string" ? fallback : key;
  };
}
