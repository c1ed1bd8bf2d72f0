"use client";
import { useTranslations } from "next-intl";
import { resolveSignalSchema, SIGNAL_NOTE_MAX } from "@/lib/schemas/follow-up";
import { FormErrorSummary, useActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/form-fields";
import { resolveSignalAction } from "./actions";

/** "Mark as handled" with a short note of what was done: the action goes back to the list, which says what happened. */
export function ResolveSignalButton({ signalId, after, label, detail }: { signalId: string; after: string; label: string; detail: string }) {
  const t = useTranslations("sessions.signals");
  const f = useActionForm({
    schema: resolveSignalSchema,
    action: resolveSignalAction,
    defaultValues: { signalId, after, note: "" },
    fields: { note: t("note") },
    errors: "sessions.signals.errors",
    idPrefix: `signal-${signalId}-`,
  });
  return (
    <form noValidate onSubmit={f.onSubmit} className="w-full max-w-md space-y-2">
      <FormErrorSummary form={f} />
      <TextAreaField form={f} name="note" label={`${t("note")}${detail}`} hint={t("noteHint")} rows={2} maxLength={SIGNAL_NOTE_MAX} />
      <Button type="submit" variant="secondary" size="sm" pending={f.pending}>
        {label}
        <span className="sr-only"> {detail}</span>
      </Button>
    </form>
  );
}
