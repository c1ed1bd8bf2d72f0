"use client";
import { useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { CANCELLERS, LEARNER_NOTE_MAX, PRIVATE_NOTE_MAX, SESSION_STATUSES, recordSessionSchema, type RecordSessionInput } from "@/lib/schemas/session";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, buttonClass, inputClass } from "@/components/ui/field";
import { Radio, RadioGroup, WhenFields, summaryOf, type SessionFormMessages } from "../session-fields";
import { recordSessionAction } from "../actions";

const ORDER = ["status", "cancelledBy", "learnerNote", "privateNote", "kind", "date", "time", "durationMinutes"];

/** What happened, the notes, and the plan itself; built from one version of the session. */
export function RecordSessionForm({ sessionId, defaults, m }: { sessionId: string; defaults: RecordSessionInput; m: SessionFormMessages }) {
  const [pending, startTransition] = useTransition();
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const {
    register,
    handleSubmit,
    control,
    formState: { errors },
  } = useForm<RecordSessionInput>({ resolver: zodResolver(recordSessionSchema), defaultValues: defaults, shouldFocusError: false });
  const t = m.t;
  const errorText = (key: string | undefined) => (key ? ((t.errors as Record<string, string>)[key] ?? key) : undefined);
  const message = (field: string) => errorText(errors[field as keyof RecordSessionInput]?.message ?? serverErrors[field]);
  const cancelled = useWatch({ control, name: "status" }) === "CANCELLED";

  const onValid = (values: RecordSessionInput) =>
    startTransition(async () => {
      const result = await recordSessionAction(sessionId, values);
      if (result && !result.ok) {
        setServerErrors(result.fieldErrors ?? {});
        setFormError(errorText(result.formError) ?? null);
        setAttempt((n) => n + 1);
      }
    });

  return (
    <form
      method="post"
      noValidate
      className="space-y-5"
      onSubmit={handleSubmit(onValid, () => {
        setFormError(null);
        setAttempt((n) => n + 1);
      })}
    >
      <ErrorSummary title={t.errorSummary} errors={summaryOf(ORDER, message, formError ?? message("version"))} attempt={attempt} />
      <input type="hidden" {...register("version")} />
      <RadioGroup id="status" legend={t.session.status} error={message("status")}>
        {(describedBy) =>
          SESSION_STATUSES.map((status, i) => (
            <Radio
              key={status}
              id={i === 0 ? "status" : `status-${status}`}
              label={m.statuses[status]}
              value={status}
              aria-describedby={describedBy}
              {...register("status")}
            />
          ))
        }
      </RadioGroup>
      {cancelled ? (
        <RadioGroup id="cancelledBy" legend={t.session.cancelledBy} error={message("cancelledBy")}>
          {(describedBy) =>
            CANCELLERS.map((who, i) => (
              <Radio
                key={who}
                id={i === 0 ? "cancelledBy" : `cancelledBy-${who}`}
                label={t.cancelledByOption[who]}
                value={who}
                aria-describedby={describedBy}
                {...register("cancelledBy")}
              />
            ))
          }
        </RadioGroup>
      ) : null}
      <Field id="learnerNote" label={t.session.learnerNote} hint={t.session.learnerNoteHint} error={message("learnerNote")}>
        {(a11y) => <textarea {...a11y} {...register("learnerNote")} rows={3} maxLength={LEARNER_NOTE_MAX} className={inputClass} />}
      </Field>
      <Field id="privateNote" label={t.session.privateNote} hint={t.session.privateNoteHint} error={message("privateNote")}>
        {(a11y) => <textarea {...a11y} {...register("privateNote")} rows={3} maxLength={PRIVATE_NOTE_MAX} className={inputClass} />}
      </Field>
      <fieldset className="space-y-5 rounded border border-slate-300 p-4">
        <legend className="px-1 text-lg font-semibold">{t.session.when}</legend>
        <WhenFields register={register} message={message} m={m} currentDuration={defaults.durationMinutes} />
      </fieldset>
      <button type="submit" disabled={pending} className={buttonClass}>
        {t.session.submit}
      </button>
    </form>
  );
}
