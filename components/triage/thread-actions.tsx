"use client";
import { useState, useTransition } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { ZodType } from "zod";
import type { Role } from "@prisma/client";
import { reassignSchema, replySchema, statusSchema, STATUSES } from "@/lib/schemas/triage";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, buttonClass, inputClass } from "@/components/ui/field";
import { useFormFeedback } from "@/components/ui/form-feedback";
import { translateError } from "@/components/contact/translate-error";
import { format, type Messages } from "@/lib/i18n";
import type { TriageResult } from "@/lib/server/actions/triage";

type Action = (input: unknown) => Promise<TriageResult>;
type Ref = { id: string; version: number };

// The page passes the request's current id and version; each form validates
// its own fields with the action's schema (minus id and version) and the
// server validates the whole schema again.

function useActionForm<T extends Record<string, string>>(m: Messages, schema: ZodType, defaults: T, fields: readonly string[]) {
  const [pending, startTransition] = useTransition();
  const [done, setDone] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const feedback = useFormFeedback((key) => translateError(m, key));
  const form = useForm<T>({ resolver: zodResolver(schema as ZodType<Record<string, unknown>, Record<string, unknown>>) as unknown as Resolver<T>, defaultValues: defaults as never, shouldFocusError: false });
  const { byField, summary } = feedback.collect(fields, form.formState.errors);

  const submit = (action: Action, ref: Ref, success: string, after?: () => void) =>
    form.handleSubmit(
      (values) =>
        startTransition(async () => {
          setDone(null);
          setConflict(null);
          const result = await action({ ...values, ...ref });
          if (result.ok) {
            setDone(success);
            after?.();
            return;
          }
          if (result.outcome?.status === "conflict") {
            const c = result.outcome.current;
            setConflict(format(m.triage.thread.conflict, { status: m.requestStatus[c.status], assignee: c.assignee ?? m.triage.thread.nobody }));
          } else if (result.outcome?.status === "no-advisor") feedback.serverRefused({}, m.triage.thread.noAdvisor);
          else if (result.outcome?.status === "invalid-target") feedback.serverRefused({ target: "target" }, m.triage.thread.invalidTarget);
          else feedback.serverRefused(result.fieldErrors);
        }),
      feedback.clientRefused,
    );

  const status = (
    <>
      <div role="status" className="font-semibold">
        {done}
      </div>
      {conflict ? (
        <p role="alert" className="rounded border-4 border-amber-600 bg-white p-3 font-semibold">
          {conflict}
        </p>
      ) : null}
    </>
  );
  return { form, pending, byField, summary, feedback, submit, status };
}

const textarea = `${inputClass} min-h-28 max-w-2xl`;
const forwardFields = reassignSchema.pick({});

/** A reply to the requester, an internal note, or the requester's own reply: one text field. */
export function TextActionForm({
  kind,
  reference,
  action,
  m,
}: {
  kind: "reply" | "note" | "requester";
  reference: Ref;
  action: Action;
  m: Messages;
}) {
  const t = m.triage.thread;
  const text = {
    reply: { label: t.reply, hint: t.replyHint, submit: t.replySubmit, done: t.replied },
    note: { label: t.note, hint: t.noteHint, submit: t.noteSubmit, done: t.noted },
    requester: { label: m.triage.requesterReply.title, hint: m.triage.requesterReply.hint, submit: m.triage.requesterReply.submit, done: m.triage.requesterReply.sent },
  }[kind];
  const f = useActionForm(m, replySchema.pick({ body: true }), { body: "" }, ["body"]);
  const id = `${kind}-body`;
  return (
    <form method="post" noValidate onSubmit={f.submit(action, reference, text.done, () => f.form.reset({ body: "" }))} className="space-y-3">
      <ErrorSummary title={m.forms.errorSummary} errors={f.summary.map((e) => ({ ...e, fieldId: e.fieldId && id }))} attempt={f.feedback.attempt} />
      <Field id={id} label={text.label} hint={text.hint} error={f.byField.body}>
        {(a11y) => <textarea {...a11y} {...f.form.register("body")} maxLength={4000} className={textarea} />}
      </Field>
      <button type="submit" disabled={f.pending} className={buttonClass}>
        {text.submit}
      </button>
      {f.status}
    </form>
  );
}

export function StatusForm({ reference, current, action, m }: { reference: Ref; current: string; action: Action; m: Messages }) {
  const t = m.triage.thread;
  const f = useActionForm(m, statusSchema.pick({ status: true }), { status: current }, ["status"]);
  return (
    <form method="post" noValidate onSubmit={f.submit(action, reference, t.statusSaved)} className="space-y-3">
      <ErrorSummary title={m.forms.errorSummary} errors={f.summary} attempt={f.feedback.attempt} />
      <Field id="status" label={t.changeStatus} error={f.byField.status}>
        {(a11y) => (
          <select {...a11y} {...f.form.register("status")} className={inputClass}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {m.requestStatus[s]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" disabled={f.pending} className={buttonClass}>
        {t.statusSubmit}
      </button>
      {f.status}
    </form>
  );
}

/** "Forward to the learner's advisor": one button, the advisor comes from the learner. */
export function ForwardForm({
  reference,
  advisorName,
  alreadyAssigned,
  action,
  m,
}: {
  reference: Ref;
  advisorName: string;
  /** Stays mounted once forwarded, so its confirmation stays on screen. */
  alreadyAssigned: boolean;
  action: Action;
  m: Messages;
}) {
  const t = m.triage.thread;
  const f = useActionForm(m, forwardFields, {}, []);
  return (
    <form method="post" noValidate onSubmit={f.submit(action, reference, t.forwarded)} className="space-y-3">
      <ErrorSummary title={m.forms.errorSummary} errors={f.summary} attempt={f.feedback.attempt} />
      {alreadyAssigned ? null : (
        <button type="submit" disabled={f.pending} className={buttonClass}>
          {format(t.forward, { name: advisorName })}
        </button>
      )}
      {f.status}
    </form>
  );
}

export function ReassignForm({
  reference,
  assignees,
  action,
  m,
}: {
  reference: Ref;
  assignees: { id: string; firstName: string; lastName: string; role: Role }[];
  action: Action;
  m: Messages;
}) {
  const t = m.triage.thread;
  const f = useActionForm(m, reassignSchema.pick({ target: true, reason: true }), { target: "", reason: "" }, ["target", "reason"]);
  return (
    <form method="post" noValidate onSubmit={f.submit(action, reference, t.reassigned, () => f.form.reset({ target: "", reason: "" }))} className="space-y-3">
      <ErrorSummary title={m.forms.errorSummary} errors={f.summary} attempt={f.feedback.attempt} />
      <Field id="target" label={t.target} error={f.byField.target}>
        {(a11y) => (
          <select {...a11y} {...f.form.register("target")} className={inputClass}>
            <option value="">{t.chooseTarget}</option>
            <option value="LEARNER_ADVISOR">{t.learnerAdvisor}</option>
            {(["ADVISOR", "MENTORSHIP_MANAGER", "SUPPORT"] as const).map((role) => (
              <optgroup key={role} label={m.roles[role]}>
                {assignees
                  .filter((a) => a.role === role)
                  .map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.firstName} {a.lastName}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>
      <Field id="reason" label={t.reason} error={f.byField.reason}>
        {(a11y) => <textarea {...a11y} {...f.form.register("reason")} maxLength={500} className={textarea} />}
      </Field>
      <button type="submit" disabled={f.pending} className={buttonClass}>
        {t.reassignSubmit}
      </button>
      {f.status}
    </form>
  );
}
