"use client";
import { useTranslations } from "next-intl";
import type { ActionForm } from "@/components/ui/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/ui/form-fields";
import { useWatch } from "react-hook-form";
import { Choice, ChoiceFieldset } from "@/components/ui/choice-fieldset";
import { ABSENCE_KINDS, BREAK_KINDS, SESSION_COUNTS } from "@/lib/schemas/contact";
import { startsLongAgo } from "@/lib/domain/breaks";
import { schoolDateTime } from "@/lib/domain/week";

/** Today in Paris, in the browser: only to show the confirmation box (the server decides). */
const parisToday = () => schoolDateTime(new Date()).date;

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
  "confirmPastStart",
  "accommodation",
  "healthDetails",
  "evidence",
  "message",
  // "Call me back" (learner form only: components/contact/callback-fields.tsx).
  "replyChannel",
  "callbackPhone",
  "callbackWhen",
  // The answer to a likely duplicate (components/contact/duplicate-panel.tsx).
  "duplicateChoice",
  "duplicateOf",
  "duplicateReason",
] as const;
type ContactField = (typeof CONTACT_FIELDS)[number];

export type ContactValues = Record<ContactField | "idempotencyKey", string>;

export const EMPTY_CONTACT: ContactValues = Object.fromEntries(
  [...CONTACT_FIELDS, "idempotencyKey"].map((f) => [f, ""]),
) as ContactValues;

/** Which extra fields each topic asks for (besides subject and message). */
const EXTRA_FIELDS: Record<string, readonly ContactField[]> = {
  EXTRA_RESOURCES: ["project"],
  EXTRA_SESSIONS: ["sessionCount"],
  BREAK_REQUEST: ["breakKind", "startDate", "endDate", "confirmPastStart"],
  RQTH: ["accommodation"],
  UPCOMING_ABSENCE: ["absenceKind", "startDate", "endDate", "healthDetails"],
  PLAGIARISM: ["project", "evidence"],
};

/** Each field's label, in display order (the error summary's order and names). */
export function useContactLabels(first: Partial<Record<ContactField, string>>): Partial<Record<ContactField, string>> {
  const f = useTranslations("contact.fields");
  const d = useTranslations("contact.duplicate");
  return {
    ...first,
    subject: f("subject"),
    project: f("project"),
    sessionCount: f("sessionCount"),
    breakKind: f("breakKind"),
    absenceKind: f("absenceKind"),
    startDate: f("startDate"),
    endDate: f("endDate"),
    confirmPastStart: f("confirmPastStart"),
    accommodation: f("accommodation"),
    healthDetails: f("healthDetails"),
    evidence: f("evidence"),
    message: f("message"),
    duplicateChoice: d("legend"),
    duplicateReason: d("reason"),
  };
}

export function TopicFields({ topic, form }: { topic: string; form: ActionForm<ContactValues> }) {
  const f = useTranslations("contact.fields");
  const optional = ` ${useTranslations("forms")("optional")}`;
  const startDate = useWatch({ control: form.form.control, name: "startDate" });
  const extra = EXTRA_FIELDS[topic] ?? [];
  const show = (name: ContactField) => extra.includes(name);
  return (
    <>
      <TextField form={form} name="subject" label={f("subject")} hint={f("subjectHint")} maxLength={120} autoComplete="off" />
      {show("project") ? (
        <TextField form={form} name="project" label={topic === "PLAGIARISM" ? f("project") : `${f("project")}${optional}`} maxLength={120} />
      ) : null}
      {show("sessionCount") ? (
        <SelectField form={form} name="sessionCount" label={f("sessionCount")} placeholder="—" options={SESSION_COUNTS.map((n) => ({ value: n, label: n }))} />
      ) : null}
      {show("breakKind") ? (
        <SelectField form={form} name="breakKind" label={f("breakKind")} placeholder="—" options={BREAK_KINDS.map((k) => ({ value: k, label: f(`breakKinds.${k}`) }))} />
      ) : null}
      {show("absenceKind") ? (
        <SelectField
          form={form}
          name="absenceKind"
          label={f("absenceKind")}
          hint={f("healthDetailsHint")}
          placeholder="—"
          options={ABSENCE_KINDS.map((k) => ({ value: k, label: f(`absenceKinds.${k}`) }))}
        />
      ) : null}
      {show("startDate") ? (
        <div className="flex flex-wrap gap-6">
          <TextField form={form} name="startDate" label={f("startDate")} type="date" />
          <TextField form={form} name="endDate" label={f("endDate")} type="date" />
        </div>
      ) : null}
      {show("confirmPastStart") && (startsLongAgo(startDate ?? "", parisToday()) || form.errorOf("confirmPastStart")) ? (
        <ChoiceFieldset id={form.idOf("confirmPastStart")} legend={f("startDate")} error={form.errorOf("confirmPastStart")}>
          <Choice label={f("confirmPastStart")}>
            <input id={form.idOf("confirmPastStart")} type="checkbox" value="yes" {...form.register("confirmPastStart")} />
          </Choice>
        </ChoiceFieldset>
      ) : null}
      {show("accommodation") ? <TextAreaField form={form} name="accommodation" label={f("accommodation")} hint={f("accommodationHint")} maxLength={2000} /> : null}
      {show("healthDetails") ? (
        <TextAreaField form={form} name="healthDetails" label={`${f("healthDetails")}${optional}`} hint={f("healthDetailsHint")} maxLength={2000} />
      ) : null}
      {show("evidence") ? <TextAreaField form={form} name="evidence" label={f("evidence")} maxLength={2000} /> : null}
      <TextAreaField form={form} name="message" label={f("message")} hint={f("messageHint")} maxLength={4000} />
    </>
  );
}
