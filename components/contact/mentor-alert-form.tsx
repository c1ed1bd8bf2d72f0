"use client";
import { useState, useTransition } from "react";
import { useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import type { RequestTopic } from "@prisma/client";
import { mentorAlertSchema } from "@/lib/schemas/contact";
import type { ActionResult } from "@/lib/schemas/action-result";
import { LEARNER_TOPICS, MENTOR_TOPICS, TOPICS } from "@/lib/domain/responsibility";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { SelectField } from "@/components/ui/form-fields";
import { Button } from "@/components/ui/button";
import { DuplicatePanel } from "./duplicate-panel";
import { EMPTY_CONTACT, TopicFields, useContactLabels, type ContactValues } from "./topic-fields";

type Props = {
  learners: { id: string; name: string }[];
  initialLearnerId: string;
  submit: (input: unknown) => Promise<ActionResult>;
  nudge: (input: unknown) => Promise<ActionResult<{ learnerName: string }>>;
};

// The schema is a union by topic; the form holds every field as text.
const schema = mentorAlertSchema as unknown as z.ZodType<ContactValues, ContactValues>;

/** "Signaler une situation": success ends with a redirect to the new alert. */
export function MentorAlertForm({ learners, initialLearnerId, submit, nudge }: Props) {
  const t = useTranslations("contact.mentorForm");
  const topics = useTranslations("topics");
  const forms = useTranslations("forms");
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [nudgeKey, setNudgeKey] = useState(() => crypto.randomUUID());
  const [nudged, setNudged] = useState<string | null>(null);
  const [nudging, startNudge] = useTransition();
  const f = useActionForm({
    schema,
    action: submit,
    errors: "contact.duplicate.errors",
    defaultValues: { ...EMPTY_CONTACT, learnerId: initialLearnerId, idempotencyKey },
    fields: useContactLabels({ learnerId: t("learner"), topic: t("topicLabel") }),
  });
  const topic = useWatch({ control: f.form.control, name: "topic" }) as RequestTopic | "";
  const learnersTopic = topic !== "" && TOPICS[topic].side === "LEARNER";

  const sendNudge = () =>
    startNudge(async () => {
      setNudged(null);
      const result = await nudge({ learnerId: f.form.getValues("learnerId"), topic, idempotencyKey: nudgeKey });
      if (result.ok) {
        setNudged(t("nudgeSent", { name: result.data.learnerName }));
        setNudgeKey(crypto.randomUUID());
        return;
      }
      // A wrong learner is that field's mistake, shown there; anything else is said here.
      if (result.fieldErrors?.learnerId) {
        f.form.setError("learnerId", { type: "server", message: result.fieldErrors.learnerId });
        f.form.setFocus("learnerId");
      } else setNudged(forms("unexpected"));
    });

  return (
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
      {learnersTopic ? (
        <section aria-labelledby="guidance-title" className="rounded border-4 border-brand-700 bg-brand-50 p-4">
          <h2 id="guidance-title" className="text-lg font-semibold">
            {t("guidanceTitle")}
          </h2>
          <p className="mt-2">{t("guidance", { topic: topics(topic) })}</p>
          <Button onClick={sendNudge} pending={nudging} className="mt-3">
            {t("nudge")}
          </Button>
          <div role="status" className="mt-3 font-semibold">
            {nudged}
          </div>
        </section>
      ) : (
        <>
          {topic ? <TopicFields topic={topic} form={f} /> : null}
          <DuplicatePanel form={f} side="MENTOR" basePath="/mentor/alerts" />
          <SubmitRow form={f} label={t("submit")} />
        </>
      )}
    </form>
  );
}
