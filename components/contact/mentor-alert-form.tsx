"use client";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import type { RequestTopic } from "@prisma/client";
import { mentorAlertSchema } from "@/lib/schemas/contact";
import type { ActionResult } from "@/lib/schemas/action-result";
import { LEARNER_TOPICS, MENTOR_TOPICS, TOPICS } from "@/lib/domain/responsibility";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { SelectField } from "@/components/ui/form-fields";
import { LearnerInvitation, type LearnerTopic, type NudgePreviewData, type NudgeSent, type NudgeWindow } from "./learner-invitation";
import { DuplicatePanel } from "./duplicate-panel";
import { EMPTY_CONTACT, TopicFields, useContactLabels, type ContactValues } from "./topic-fields";

type Props = {
  learners: { id: string; name: string }[];
  initialLearnerId: string;
  submit: (input: unknown) => Promise<ActionResult>;
  previewNudge: (input: unknown) => Promise<ActionResult<NudgePreviewData>>;
  nudge: (input: unknown) => Promise<ActionResult<NudgeSent>>;
  /** When the last invitation went and when another may, by "learnerId:topic". */
  lastNudges: Record<string, NudgeWindow>;
};

const NEVER: NudgeWindow = { lastSentAt: null, nextAllowedAt: null };

// The schema is a union by topic; the form holds every field as text.
const schema = mentorAlertSchema as unknown as z.ZodType<ContactValues, ContactValues>;

/** "Signaler une situation": success ends with a redirect to the new alert. */
export function MentorAlertForm({ learners, initialLearnerId, submit, previewNudge, nudge, lastNudges }: Props) {
  const t = useTranslations("contact.mentorForm");
  const topics = useTranslations("topics");
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  // Sendings of this visit, over the page's reading.
  const [sentNow, setSentNow] = useState<Record<string, NudgeWindow>>({});
  const f = useActionForm({
    schema,
    action: submit,
    errors: "contact.duplicate.errors",
    defaultValues: { ...EMPTY_CONTACT, learnerId: initialLearnerId, idempotencyKey },
    fields: useContactLabels({ learnerId: t("learner"), topic: t("topicLabel") }),
  });
  const topic = useWatch({ control: f.form.control, name: "topic" }) as RequestTopic | "";
  const learnerId = useWatch({ control: f.form.control, name: "learnerId" }) as string;
  const learnersTopic = topic !== "" && TOPICS[topic].side === "LEARNER";
  const pair = `${learnerId}:${topic}`;

  // The invitation has its own form (its note, its preview): a sibling, never nested.
  return (
    <div className="space-y-6">
      <form method="post" noValidate className="space-y-6" onSubmit={f.onSubmit}>
        <FormErrorSummary form={f} />
        <input type="hidden" {...f.register("idempotencyKey")} />
        <SelectField
          form={f}
          name="learnerId"
          label={t("learner")}
          placeholder={t("chooseLearner")}
          options={learners.map((learner) => ({ value: learner.id, label: learner.name }))}
        />
        <SelectField
          form={f}
          name="topic"
          label={t("topicLabel")}
          placeholder={t("chooseTopic")}
          options={[
            { group: t("mentorGroup"), options: MENTOR_TOPICS.map((code) => ({ value: code, label: topics(code) })) },
            { group: t("learnerGroup"), options: LEARNER_TOPICS.map((code) => ({ value: code, label: topics(code) })) },
          ]}
        />
        {learnersTopic ? null : (
          <>
            {topic ? <TopicFields topic={topic} form={f} /> : null}
            <DuplicatePanel form={f} side="MENTOR" basePath="/mentor/alerts" />
            <SubmitRow form={f} label={t("submit")} />
          </>
        )}
      </form>
      {learnersTopic ? (
        <section aria-labelledby="guidance-title" className="rounded border-4 border-brand-700 bg-brand-50 p-4">
          <h2 id="guidance-title" className="text-lg font-semibold">
            {t("guidanceTitle")}
          </h2>
          <p className="mt-2">{t("guidance", { topic: topics(topic) })}</p>
          {learnerId ? (
            <LearnerInvitation
              key={pair}
              learnerId={learnerId}
              topic={topic as LearnerTopic}
              known={sentNow[pair] ?? lastNudges[pair] ?? NEVER}
              preview={previewNudge}
              send={nudge}
              onSent={(sent) => setSentNow((known) => ({ ...known, [pair]: sent }))}
              onWrongLearner={() => {
                f.form.setError("learnerId", { type: "server", message: "learner" });
                f.form.setFocus("learnerId");
              }}
            />
          ) : (
            <p className="mt-3">{t("nudgeChooseLearner")}</p>
          )}
        </section>
      ) : null}
    </div>
  );
}
