"use client";
import { useState, useTransition } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import type { FormResult } from "@/lib/schemas/form-result";
import type { SummaryError } from "./error-summary";

/**
 * A react-hook-form form validated by the same zod schema as its server action,
 * with the GOV.UK error summary: client errors first, then the server's, every
 * message a catalogue key translated through `messages`. What was typed stays.
 */
export function useActionForm<T extends FieldValues>({
  schema,
  action,
  defaultValues,
  messages,
  fields,
  idPrefix = "",
  onSuccess,
}: {
  schema: z.ZodType<T, T>;
  action: (values: T) => Promise<FormResult>;
  defaultValues: DefaultValues<T>;
  messages: Record<string, string>;
  /** Field names in display order (for the summary). */
  fields: Path<T>[];
  idPrefix?: string;
  onSuccess?: () => void;
}) {
  const [pending, startTransition] = useTransition();
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState(false);
  const form = useForm<T>({ resolver: zodResolver(schema), defaultValues, shouldFocusError: false });

  const translate = (key: string | undefined) => (key ? (messages[key] ?? key) : undefined);
  const errorOf = (name: Path<T>): string | undefined => {
    const client = form.formState.errors[name]?.message;
    return translate(typeof client === "string" ? client : serverErrors[name]);
  };
  const summary: SummaryError[] = [
    ...(formError ? [{ message: formError }] : []),
    ...fields.flatMap((name) => {
      const message = errorOf(name);
      return message ? [{ fieldId: `${idPrefix}${name}`, message }] : [];
    }),
  ];

  const onSubmit = form.handleSubmit(
    (values) =>
      startTransition(async () => {
        setSaved(false);
        const result = await action(values);
        if (result.ok) {
          setServerErrors({});
          setFormError(null);
          setSaved(true);
          onSuccess?.();
        } else {
          setServerErrors(result.fieldErrors ?? {});
          setFormError(result.formError ? (translate(result.formError) ?? null) : null);
          setAttempt((n) => n + 1);
        }
      }),
    () => {
      setFormError(null);
      setAttempt((n) => n + 1);
    },
  );

  return { form, register: form.register, pending, errorOf, summary, attempt, onSubmit, saved };
}
