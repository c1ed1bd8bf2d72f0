"use client";
import { useState, useTransition } from "react";
import { useForm, useWatch, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { RequestTopic } from "@prisma/client";
import { mentorAlertSchema } from "@/lib/schemas/contact";
import { LEARNER_TOPICS, MENTOR_TOPICS, TOPICS } from "@/lib/domain/responsibility";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, buttonClass, inputClass } from "@/components/ui/field";
import { useFormFeedback } from "@/components/ui/form-feedback";
import { format, type Messages } from "@/lib/i18n";
import type { FormResult } from "@/lib/schemas/form-result";
import { CONTACT_FIELDS, EMPTY_CONTACT, TopicFields, type ContactValues } from "./topic-fields";
import { isRedirect, translateError } from "./translate-error";

type NudgeResult = { ok: true; learnerName: string } | { ok: false; fieldErrors?: Record<string, string> };

type Props = {
  m: Messages;
  learners: { id: string; name: string }[];
  initialLearnerId: string;
  submit: (input: unknown) => Promise<FormResult>;
  nudge: (input: unknown) => Promise<NudgeResult>;
};

export function MentorAlertForm({ m, learners, initialLearnerId, submit, nudge }: Props) {
  const t = m.contact.mentorForm;
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [nudgeKey, setNudgeKey] = useState(() => crypto.randomUUID());
  const [nudged, setNudged] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const feedback = useFormFeedback((key) => translateError(m, key));
  const { register, handleSubmit, control, getValues, formState } = useForm<ContactValues>({
    resolver: zodResolver(mentorAlertSchema) as unknown as Resolver<ContactValues>,
    defaultValues: { ...EMPTY_CONTACT, learnerId: initialLearnerId, idempotencyKey },
    shouldFocusError: false,
  });
  const topic = useWatch({ control, name: "topic" }) as RequestTopic | "";
  const learnersTopic = topic !== "" && TOPICS[topic].side === "LEARNER";
  const { byField, summary } = feedback.collect(CONTACT_FIELDS, formState.errors);

  const onValid = (values: ContactValues) =>
    startTransition(async () => {
      try {
        const result = await submit(values);
        if (result && !result.ok) feedback.serverRefused(result.fieldErrors, result.formError ?? null);
      } catch (error) {
        if (isRedirect(error)) throw error;
        feedback.serverRefused({}, m.forms.unexpected);
      }
    });

  const sendNudge = () =>
    startTransition(async () => {
      setNudged(null);
      const result = await nudge({ learnerId: getValues("learnerId"), topic, idempotencyKey: nudgeKey });
      if (result.ok) {
        setNudged(format(t.nudgeSent, { name: result.learnerName }));
        setNudgeKey(crypto.randomUUID());
      } else feedback.serverRefused(result.fieldErrors);
    });

  return (
    <form method="post" noValidate className="space-y-6" onSubmit={handleSubmit(onValid, feedback.clientRefused)}>
      <ErrorSummary title={m.forms.errorSummary} errors={summary} attempt={feedback.attempt} />
      <input type="hidden" {...register("idempotencyKey")} />
      <Field id="learnerId" label={t.learner} error={byField.learnerId}>
        {(a11y) => (
          <select {...a11y} {...register("learnerId")} className={inputClass}>
            <option value="">{t.chooseLearner}</option>
            {learners.map((learner) => (
              <option key={learner.id} value={learner.id}>
                {learner.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="topic" label={t.topicLabel} error={byField.topic}>
        {(a11y) => (
          <select {...a11y} {...register("topic")} className={inputClass}>
            <option value="">{t.chooseTopic}</option>
            <optgroup label={t.mentorGroup}>
              {MENTOR_TOPICS.map((code) => (
                <option key={code} value={code}>
                  {m.topics[code]}
                </option>
              ))}
            </optgroup>
            <optgroup label={t.learnerGroup}>
              {LEARNER_TOPICS.map((code) => (
                <option key={code} value={code}>
                  {m.topics[code]}
                </option>
              ))}
            </optgroup>
          </select>
        )}
      </Field>
      {learnersTopic ? (
        <section aria-labelledby="guidance-title" className="rounded border-4 border-brand-700 bg-brand-50 p-4">
          <h2 id="guidance-title" className="text-lg font-semibold">
            {t.guidanceTitle}
          </h2>
          <p className="mt-2">{format(t.guidance, { topic: m.topics[topic] })}</p>
          <button type="button" onClick={sendNudge} disabled={pending} className={`${buttonClass} mt-3`}>
            {t.nudge}
          </button>
          <div role="status" className="mt-3 font-semibold">
            {nudged}
          </div>
        </section>
      ) : (
        <>
          {topic ? <TopicFields topic={topic} register={register} errors={byField} m={m} /> : null}
          <button type="submit" disabled={pending} className={buttonClass}>
            {t.submit}
          </button>
        </>
      )}
    </form>
  );
}
