"use client";
import { useTransition } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import { useFormFeedback } from "@/components/ui/form-feedback";
import type { FormResult } from "@/lib/schemas/form-result";

/** A server action's answer: FormResult, with a notice or data on success. */
export type ServerFormResult<D = undefined> = Exclude<FormResult, { ok: true }> | { ok: true; data?: D };

/**
 * The house form pattern in one hook: react-hook-form with the shared zod
 * schema, and useFormFeedback for the server's errors, the error summary
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
  // Keys are collected untranslated, then translated with their field.
  const feedback = useFormFeedback((key) => key);
  const form = useForm<T>({
    resolver: options.resolver,
    defaultValues: options.defaultValues as DefaultValues<T>,
    shouldFocusError: false,
  });
  const collected = feedback.collect(Object.keys(options.defaultValues), form.formState.errors);
  const summary = collected.summary.map((e) => ({ ...e, message: options.translate(e.message, e.fieldId) }));
  const fieldError = (name: Path<T>): string | undefined => {
    const key = collected.byField[name];
    return key ? options.translate(key, name) : undefined;
  };

  const onSubmit = form.handleSubmit(
    (values) =>
      startTransition(async () => {
        const result = await options.action(values);
        if (!result.ok) {
          feedback.serverRefused(result.fieldErrors, result.formError ?? null);
          return;
        }
        feedback.serverRefused({}, null); // clears the errors of an earlier attempt
        options.onSuccess?.(result.data, values);
      }),
    () => feedback.clientRefused(),
  );

  return { form, pending, fieldError, summary, attempt: feedback.attempt, onSubmit };
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
