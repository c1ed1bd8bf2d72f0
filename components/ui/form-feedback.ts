"use client";
import { useState } from "react";
import type { FieldErrors, FieldValues } from "react-hook-form";
import type { SummaryError } from "./error-summary";

/**
 * The errors a form shows: the client's (zodResolver) first, else the
 * server's for the same field; each translated, each linked from the summary.
 */
export function useFormFeedback(translate: (key: string) => string) {
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  function collect<T extends FieldValues>(fields: readonly string[], clientErrors: FieldErrors<T>) {
    const byField: Record<string, string | undefined> = {};
    const summary: SummaryError[] = formError ? [{ message: formError }] : [];
    for (const field of fields) {
      const key = (clientErrors as Record<string, { message?: string } | undefined>)[field]?.message ?? serverErrors[field];
      if (!key) continue;
      byField[field] = translate(key);
      summary.push({ fieldId: field, message: translate(key) });
    }
    return { byField, summary };
  }

  return {
    attempt,
    collect,
    /** After a submit the client refused: focus the summary again. */
    clientRefused() {
      setFormError(null);
      setServerErrors({});
      setAttempt((n) => n + 1);
    },
    /** After the server answered with errors (kept values stay in the form). */
    serverRefused(fieldErrors: Record<string, string> = {}, message: string | null = null) {
      setServerErrors(fieldErrors);
      setFormError(message);
      setAttempt((n) => n + 1);
    },
  };
}
