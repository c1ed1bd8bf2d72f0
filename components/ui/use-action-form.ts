"use client";
import { useState, useTransition } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import type { FormResult } from "@/lib/schemas/form-result";
import { useFormFeedback } from "./form-feedback";

/**
 * A react-hook-form form validated by the same zod schema as its server action,
 * with the GOV.UK error summary (useFormFeedback): client errors first, then the
 * server's, every message a catalogue key translated through `messages`. What
 * was typed stays.
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
  const [saved, setSaved] = useState(false);
  const translate = (key: string) => messages[key] ?? key;
  const feedback = useFormFeedback(translate);
  const form = useForm<T>({ resolver: zodResolver(schema), defaultValues, shouldFocusError: false });
  const { byField, summary } = feedback.collect(fields, form.formState.errors);
  const errorOf = (name: Path<T>): string | undefined => byField[name];

  const onSubmit = form.handleSubmit(
    (values) =>
      startTransition(async () => {
        setSaved(false);
        const result = await action(values);
        if (result.ok) {
          feedback.serverRefused({}, null); // clears the errors of an earlier attempt
          setSaved(true);
          onSuccess?.();
        } else {
          feedback.serverRefused(result.fieldErrors ?? {}, result.formError ? translate(result.formError) : null);
        }
      }),
    feedback.clientRefused,
  );

  return {
    form,
    register: form.register,
    pending,
    errorOf,
    summary: summary.map((e) => ({ ...e, fieldId: e.fieldId && `${idPrefix}${e.fieldId}` })),
    attempt: feedback.attempt,
    onSubmit,
    saved,
  };
}
