"use client";
import { useState, useTransition } from "react";
import { useWatch } from "react-hook-form";
import { useLocale, useTranslations } from "next-intl";
import type { z } from "zod";
import { dates } from "@/lib/i18n/dates";
import { nextInvitationAt } from "@/lib/domain/invitation-window";
import type { AppLocale } from "@/lib/i18n/config";
import { NUDGE_NOTE_MAX, nudgePreviewSchema, type NudgePreviewInput } from "@/lib/schemas/contact";
import type { ActionResult } from "@/lib/schemas/action-result";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { TextAreaField } from "@/components/ui/form-fields";
import { Button } from "@/components/ui/button";

export type LearnerTopic = NudgePreviewInput["topic"];
export type NudgePreviewData = { learnerName: string; subject: string; text: string; lastSentAt: string | null; nextAllowedAt: string | null };
export type NudgeSent = { learnerName: string; sentAt: string };
export type NudgeWindow = { lastSentAt: string | null; nextAllowedAt: string | null };

type Props = {
  learnerId: string;
  topic: LearnerTopic;
  /** When the last invitation for this learner and topic went and when another may (ISO, the server's reading). */
  known: NudgeWindow;
  preview: (input: unknown) => Promise<ActionResult<NudgePreviewData>>;
  send: (input: unknown) => Promise<ActionResult<NudgeSent>>;
  /** The sending went: the parent remembers it for this learner and topic. */
  onSent: (window: NudgeWindow) => void;
  /** The learner is not the mentor's: that field's mistake, shown on the alert form. */
  onWrongLearner: () => void;
};

const schema = nudgePreviewSchema as unknown as z.ZodType<NudgePreviewInput, NudgePreviewInput>;

/**
 * The mentor's invitation to a learner: an optional note, a preview of the exact email
 * (rendered by the server with the sending's template), then the sending. Keyed by
 * learner and topic by its parent, so a new choice starts afresh.
 */
export function LearnerInvitation({ learnerId, topic, known, preview, send, onSent, onWrongLearner }: Props) {
  const t = useTranslations("contact.mentorForm");
  const forms = useTranslations("forms");
  const locale = useLocale() as AppLocale;
  const when = (iso: string) => dates(locale).instant(new Date(iso), "dateTime");
  const [shown, setShown] = useState<(NudgePreviewData & { note: string }) | null>(null);
  const [sendKey, setSendKey] = useState(() => crypto.randomUUID());
  const [outcome, setOutcome] = useState<{ tone: "success" | "error"; message: string } | null>(null);
  const [sending, startSend] = useTransition();
  const f = useActionForm({
    schema,
    // The learner is no longer the mentor's: said here and on the alert form's field.
    action: async (values) => {
      const result = await preview(values);
      if (!result.ok && result.fieldErrors?.learnerId) onWrongLearner();
      return result;
    },
    errors: "contact.mentorForm.nudgeErrors",
    defaultValues: { learnerId, topic, note: "" },
    fields: { note: t("nudgeNote") },
    idPrefix: "nudge-",
    onSuccess: (data, values) => {
      setOutcome(null);
      setShown({ ...data, note: values.note ?? "" });
    },
  });
  const note = useWatch({ control: f.form.control, name: "note" }) ?? "";
  const stale = shown !== null && shown.note !== note;

  // The freshest known reading: the preview's or the sending's (the server's clock), else the page's.
  const { lastSentAt: last, nextAllowedAt: next } = shown ?? known;
  const lastLine = !last ? t("nudgeNever") : next ? t("nudgeNextAt", { last: when(last), next: when(next) }) : t("nudgeLastSent", { last: when(last) });

  const sendNow = () =>
    startSend(async () => {
      if (!shown || stale) return;
      setOutcome(null);
      const result = await send({ learnerId, topic, note: shown.note, idempotencyKey: sendKey });
      if (result.ok) {
        setOutcome({ tone: "success", message: t("nudgeSent", { name: result.data.learnerName }) });
        const window = { lastSentAt: result.data.sentAt, nextAllowedAt: nextInvitationAt(new Date(result.data.sentAt)).toISOString() };
        setShown({ ...shown, ...window });
        setSendKey(crypto.randomUUID());
        onSent(window);
        return;
      }
      if (result.formError === "nudgeTooSoon" && result.values) {
        const values = result.values as { lastSentAt: string; nextAllowedAt: string };
        setShown({ ...shown, lastSentAt: values.lastSentAt, nextAllowedAt: values.nextAllowedAt });
        setOutcome({ tone: "error", message: t("nudgeTooSoon", { last: when(values.lastSentAt), next: when(values.nextAllowedAt) }) });
      } else if (result.fieldErrors?.learnerId) {
        onWrongLearner();
        setOutcome({ tone: "error", message: t("nudgeErrors.learnerId.learner") });
      } else setOutcome({ tone: "error", message: forms("unexpected") });
    });

  return (
    <div className="mt-4 space-y-4">
      <h3 className="text-base font-semibold">{t("nudgeTitle")}</h3>
      <p id="nudge-last-sent">{lastLine}</p>
      <form method="post" noValidate className="space-y-4" onSubmit={f.onSubmit}>
        <FormErrorSummary form={f} />
        <TextAreaField form={f} name="note" label={t("nudgeNote")} hint={t("nudgeNoteHint")} maxLength={NUDGE_NOTE_MAX} rows={3} />
        <SubmitRow form={f} label={t("nudgePreview")} variant="secondary" />
      </form>
      {shown ? (
        <section aria-labelledby="nudge-preview-title" className="rounded border border-slate-400 bg-white p-4">
          <h3 id="nudge-preview-title" className="font-semibold">
            {t("nudgePreviewTitle", { name: shown.learnerName })}
          </h3>
          <p className="mt-2">
            <span className="font-semibold">{t("nudgePreviewSubject")}</span> {shown.subject}
          </p>
          <div className="mt-2 whitespace-pre-wrap border-l-4 border-slate-300 pl-3">{shown.text}</div>
          {stale ? <p className="mt-3 font-semibold">{t("nudgeStale")}</p> : null}
          <Button onClick={sendNow} pending={sending} aria-disabled={stale || undefined} aria-describedby="nudge-last-sent" className="mt-3">
            {t("nudge")}
          </Button>
        </section>
      ) : null}
      <div role="status" className={`font-semibold ${outcome?.tone === "error" ? "text-red-800" : "text-green-800"}`}>
        {outcome?.message}
      </div>
    </div>
  );
}
