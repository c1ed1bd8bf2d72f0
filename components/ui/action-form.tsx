"use client";
import { useState, useTransition, type ReactNode } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { dates } from "@/lib/i18n/dates";
import type { z } from "zod";
import type { ActionFailure, ActionResult } from "@/lib/schemas/action-result";
import "@/lib/schemas/zod-config";
import { ErrorSummary, type SummaryError } from "./error-summary";
import { Button } from "./button";

// The one form hook. A form is
//   const f = useActionForm({ schema, action, defaultValues, fields: { subject: t("subject") } });
//   <form onSubmit={f.onSubmit} noValidate>
//     <FormErrorSummary form={f} /> … fields with f.register / f.errorOf … <SubmitRow form={f} label=… />
//   </form>
// It validates with the same zod schema as the action (which parses again),
// shows client and server errors in one summary that takes focus after a
// failed submit, keeps what was typed, and announces the outcome in a live
// region beside the submit button.
//
// Error messages are keys: for a field, `<errors>.<field>.<key>`, then
// `<errors>.<key>`, then `forms.<key>`, else `forms.invalid` naming the field
// by its label; for the form, `<errors>.<key>` then `forms.<key>`.

type Lookup = { (key: string, values?: Record<string, string | number | Date>): string; has(key: string): boolean };

export type ActionForm<T extends FieldValues> = {
  form: UseFormReturn<T>;
  register: UseFormReturn<T>["register"];
  onSubmit: (event?: React.BaseSyntheticEvent) => Promise<void>;
  pending: boolean;
  /** The field's message, translated. */
  errorOf: (name: Path<T>) => string | undefined;
  /** The id of a field's control (idPrefix + name), for labels and the summary's links. */
  idOf: (name: Path<T>) => string;
  summary: SummaryError[];
  attempt: number;
  /** The announcement after the last submit (success, or a refusal that is not a field's). */
  status: { tone: "success" | "error"; message: string } | null;
  /** The server's answer to the last submit when it refused (its values drive a form's follow-up question). */
  failure: ActionFailure | null;
};

export function useActionForm<T extends FieldValues, D = undefined>(options: {
  schema: z.ZodType<T, T>;
  action: (values: T) => Promise<ActionResult<D>>;
  defaultValues: DefaultValues<T>;
  /** Each field's label, in the order the form shows them (the summary's order). */
  fields: Partial<Record<Path<T>, string>>;
  /** A catalogue path holding this form's own error messages, e.g. "login.errors". */
  errors?: string;
  /** Announced after a success; none when omitted (e.g. the action redirects). */
  success?: string | ((data: D, values: T) => string);
  onSuccess?: (data: D, values: T) => void;
  /** Clear the fields after a success (a reply box), instead of keeping them (an edit form). */
  resetOnSuccess?: boolean;
  /** How a stale-version conflict reads: what the record looks like now. */
  describeConflict?: (current: NonNullable<ActionFailure["conflict"]>) => string;
  idPrefix?: string;
}): ActionForm<T> {
  const t = useTranslations() as unknown as Lookup;
  const locale = useLocale();
  const [pending, startTransition] = useTransition();
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [serverValues, setServerValues] = useState<Record<string, string | number>>({});
  const [status, setStatus] = useState<ActionForm<T>["status"]>(null);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [attempt, setAttempt] = useState(0);
  const form = useForm<T>({ resolver: zodResolver(options.schema), defaultValues: options.defaultValues, shouldFocusError: false });

  const prefix = options.idPrefix ?? "";
  const own = options.errors;
  const firstOf = (...keys: (string | null)[]) => keys.find((key): key is string => key !== null && t.has(key));

  const fieldMessage = (field: string, key: string): string => {
    const found = firstOf(own ? `${own}.${field}.${key}` : null, own ? `${own}.${key}` : null, `forms.${key}`);
    if (found) return t(found, serverErrors[field] === key ? serverValues : undefined);
    const label = (options.fields as Record<string, string | undefined>)[field] ?? field;
    return t("forms.invalid", { field: label });
  };

  const formMessage = (failure: ActionFailure): string => {
    const key = failure.formError ?? "unexpected";
    const values: Record<string, string | number | Date> = { ...(failure.values ?? {}) };
    if (failure.retryAt) values.time = dates(locale).instant(new Date(failure.retryAt), "time");
    if (failure.reference) return t("forms.unexpectedWithReference", { reference: failure.reference.slice(0, 8) });
    if (failure.conflict && options.describeConflict) return `${t("forms.conflict")} ${options.describeConflict(failure.conflict)}`;
    const found = firstOf(own ? `${own}.${key}` : null, `forms.${key}`);
    return found ? t(found, values) : t("forms.unexpected");
  };

  const clientErrors = form.formState.errors as Record<string, { message?: string } | undefined>;
  const byField: Record<string, string> = {};
  const summary: SummaryError[] = status?.tone === "error" ? [{ message: status.message }] : [];
  for (const field of Object.keys(options.fields)) {
    const key = clientErrors[field]?.message ?? serverErrors[field];
    if (!key) continue;
    byField[field] = fieldMessage(field, key);
    summary.push({ fieldId: `${prefix}${field}`, message: byField[field] });
  }
  // A server error on a field the form does not show still reaches the person.
  for (const [field, key] of Object.entries(serverErrors)) {
    if (!(field in options.fields)) summary.push({ message: fieldMessage(field, key) });
  }

  const submit = form.handleSubmit(
    (values) =>
      startTransition(async () => {
        setStatus(null);
        const result = await options.action(values);
        const { success, onSuccess, resetOnSuccess } = options;
        setFailure(result.ok ? null : result);
        if (result.ok) {
          setServerErrors({});
          const message = typeof success === "function" ? success(result.data, values) : success;
          setStatus(message ? { tone: "success", message } : null);
          if (resetOnSuccess) form.reset();
          onSuccess?.(result.data, values);
          return;
        }
        const fieldErrors = result.fieldErrors ?? {};
        setServerErrors(fieldErrors);
        setServerValues(result.values ?? {});
        const formLevel = result.formError || result.notFound || result.reference || Object.keys(fieldErrors).length === 0;
        setStatus(formLevel ? { tone: "error", message: formMessage(result) } : null);
        setAttempt((n) => n + 1);
      }),
    () => {
      setServerErrors({});
      setStatus(null);
      setAttempt((n) => n + 1);
    },
  );

  // Enter in a field submits too: never twice while the first is on its way.
  const onSubmit = async (event?: React.BaseSyntheticEvent) => {
    if (pending) {
      event?.preventDefault();
      return;
    }
    await submit(event);
  };

  return {
    form,
    register: form.register,
    onSubmit,
    pending,
    errorOf: (name) => byField[name],
    idOf: (name) => `${prefix}${name}`,
    summary,
    attempt,
    status,
    failure,
  };
}

/** The GOV.UK error summary of a form: focused after each failed submit. */
export function FormErrorSummary<T extends FieldValues>({ form }: { form: ActionForm<T> }) {
  const t = useTranslations("forms");
  return <ErrorSummary title={t("errorSummary")} errors={form.summary} attempt={form.attempt} />;
}

/**
 * The submit button with the form's live region beside it, so the outcome is
 * announced — and seen — where the person acted.
 */
export function SubmitRow<T extends FieldValues>({
  form,
  label,
  pendingLabel,
  variant = "primary",
  children,
}: {
  form: ActionForm<T>;
  label: string;
  pendingLabel?: string;
  variant?: "primary" | "secondary" | "danger";
  children?: ReactNode;
}) {
  const t = useTranslations("forms");
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button type="submit" variant={variant} pending={form.pending} pendingLabel={pendingLabel ?? t("pending")}>
        {label}
      </Button>
      {children}
      <p role="status" aria-live="polite" className="font-semibold text-green-800">
        {form.status?.tone === "success" ? form.status.message : ""}
      </p>
    </div>
  );
}
