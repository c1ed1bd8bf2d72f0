"use client";
import type { UseFormRegister } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import type { Messages } from "@/lib/i18n";
import { ABSENCE_KINDS, BREAK_KINDS, SESSION_COUNTS } from "@/lib/schemas/contact";

// Every field a contact-form topic may ask for, in display order. Values of
// fields that a topic does not show stay in the form, so nothing typed is
// lost when the topic changes.
export const CONTACT_FIELDS = [
  "learnerId",
  "topic",
  "subject",
  "project",
  "sessionCount",
  "breakKind",
  "absenceKind",
  "startDate",
  "endDate",
  "accommodation",
  "healthDetails",
  "evidence",
  "message",
] as const;

export type ContactValues = Record<(typeof CONTACT_FIELDS)[number] | "idempotencyKey", string>;

export const EMPTY_CONTACT: ContactValues = Object.fromEntries(
  [...CONTACT_FIELDS, "idempotencyKey"].map((f) => [f, ""]),
) as ContactValues;

/** Which extra fields each topic asks for (besides subject and message). */
const EXTRA_FIELDS: Record<string, readonly (typeof CONTACT_FIELDS)[number][]> = {
  EXTRA_RESOURCES: ["project"],
  EXTRA_SESSIONS: ["sessionCount"],
  BREAK_REQUEST: ["breakKind", "startDate", "endDate"],
  RQTH: ["accommodation"],
  UPCOMING_ABSENCE: ["absenceKind", "startDate", "endDate", "healthDetails"],
  PLAGIARISM: ["project", "evidence"],
};

const textareaClass = `${inputClass} min-h-32 max-w-2xl`;

type Props = {
  topic: string;
  register: UseFormRegister<ContactValues>;
  errors: Record<string, string | undefined>;
  m: Messages;
};

export function TopicFields({ topic, register, errors, m }: Props) {
  const f = m.contact.fields;
  const extra = EXTRA_FIELDS[topic] ?? [];
  const optional = ` ${m.forms.optional}`;
  const show = (name: (typeof CONTACT_FIELDS)[number]) => extra.includes(name);
  return (
    <>
      <Field id="subject" label={f.subject} hint={f.subjectHint} error={errors.subject}>
        {(a11y) => <input {...a11y} {...register("subject")} type="text" maxLength={120} autoComplete="off" className={inputClass} />}
      </Field>
      {show("project") ? (
        <Field id="project" label={topic === "PLAGIARISM" ? f.project : `${f.project}${optional}`} error={errors.project}>
          {(a11y) => <input {...a11y} {...register("project")} type="text" maxLength={120} className={inputClass} />}
        </Field>
      ) : null}
      {show("sessionCount") ? (
        <Field id="sessionCount" label={f.sessionCount} error={errors.sessionCount}>
          {(a11y) => (
            <select {...a11y} {...register("sessionCount")} className={inputClass}>
              <option value="">—</option>
              {SESSION_COUNTS.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      {show("breakKind") ? (
        <Field id="breakKind" label={f.breakKind} error={errors.breakKind}>
          {(a11y) => (
            <select {...a11y} {...register("breakKind")} className={inputClass}>
              <option value="">—</option>
              {BREAK_KINDS.map((k) => (
                <option key={k} value={k}>
                  {f.breakKinds[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      {show("absenceKind") ? (
        <Field id="absenceKind" label={f.absenceKind} hint={f.healthDetailsHint} error={errors.absenceKind}>
          {(a11y) => (
            <select {...a11y} {...register("absenceKind")} className={inputClass}>
              <option value="">—</option>
              {ABSENCE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {f.absenceKinds[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      {show("startDate") ? (
        <div className="flex flex-wrap gap-6">
          <Field id="startDate" label={f.startDate} error={errors.startDate}>
            {(a11y) => <input {...a11y} {...register("startDate")} type="date" className={inputClass} />}
          </Field>
          <Field id="endDate" label={f.endDate} error={errors.endDate}>
            {(a11y) => <input {...a11y} {...register("endDate")} type="date" className={inputClass} />}
          </Field>
        </div>
      ) : null}
      {show("accommodation") ? (
        <Field id="accommodation" label={f.accommodation} hint={f.accommodationHint} error={errors.accommodation}>
          {(a11y) => <textarea {...a11y} {...register("accommodation")} maxLength={2000} className={textareaClass} />}
        </Field>
      ) : null}
      {show("healthDetails") ? (
        <Field id="healthDetails" label={`${f.healthDetails}${optional}`} hint={f.healthDetailsHint} error={errors.healthDetails}>
          {(a11y) => <textarea {...a11y} {...register("healthDetails")} maxLength={2000} className={textareaClass} />}
        </Field>
      ) : null}
      {show("evidence") ? (
        <Field id="evidence" label={f.evidence} error={errors.evidence}>
          {(a11y) => <textarea {...a11y} {...register("evidence")} maxLength={2000} className={textareaClass} />}
        </Field>
      ) : null}
      <Field id="message" label={f.message} hint={f.messageHint} error={errors.message}>
        {(a11y) => <textarea {...a11y} {...register("message")} maxLength={4000} className={textareaClass} />}
      </Field>
    </>
  );
}
