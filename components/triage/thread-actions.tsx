"use client";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { replySchema } from "@/lib/schemas/triage";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, buttonClass, inputClass } from "@/components/ui/field";
import { useFormFeedback } from "@/components/ui/form-feedback";
import { translateError } from "@/components/contact/translate-error";
import type { Messages } from "@/lib/i18n";
import type { TriageResult } from "@/lib/server/actions/triage";

// Legacy, kept only for the requester's reply on their own request
// (components/contact/my-request-view.tsx, the requester area, not yet on the
// action client): the staff forms are in ./thread-forms.tsx. Delete this file
// once the requester area has its own form on components/ui/action-form.tsx.

const bodySchema = replySchema.pick({ body: true });

export function TextActionForm({
  reference,
  action,
  m,
}: {
  kind: "requester";
  reference: { id: string; version: number };
  action: (input: unknown) => Promise<TriageResult>;
  m: Messages;
}) {
  const t = m.triage.requesterReply;
  const [pending, startTransition] = useTransition();
  const [done, setDone] = useState<string | null>(null);
  const feedback = useFormFeedback((key) => translateError(m, key));
  const form = useForm<{ body: string }>({ resolver: zodResolver(bodySchema), defaultValues: { body: "" }, shouldFocusError: false });
  const { byField, summary } = feedback.collect(["body"], form.formState.errors);
  const id = "requester-body";
  const submit = form.handleSubmit(
    (values) =>
      startTransition(async () => {
        setDone(null);
        const result = await action({ ...values, ...reference });
        if (result.ok) {
          setDone(t.sent);
          form.reset({ body: "" });
        } else feedback.serverRefused(result.fieldErrors);
      }),
    feedback.clientRefused,
  );
  return (
    <form method="post" noValidate onSubmit={submit} className="space-y-3">
      <ErrorSummary title={m.forms.errorSummary} errors={summary.map((e) => ({ ...e, fieldId: e.fieldId && id }))} attempt={feedback.attempt} />
      <Field id={id} label={t.title} hint={t.hint} error={byField.body}>
        {(a11y) => <textarea {...a11y} {...form.register("body")} maxLength={4000} className={`${inputClass} min-h-28 max-w-2xl`} />}
      </Field>
      <button type="submit" disabled={pending} className={buttonClass}>
        {t.submit}
      </button>
      <div role="status" className="font-semibold">
        {done}
      </div>
    </form>
  );
}
