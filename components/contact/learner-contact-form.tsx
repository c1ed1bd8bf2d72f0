"use client";
import { useState, useTransition } from "react";
import { useForm, useWatch, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { learnerRequestSchema } from "@/lib/schemas/contact";
import { LEARNER_TOPICS } from "@/lib/domain/responsibility";
import { ErrorSummary } from "@/components/ui/error-summary";
import { buttonClass } from "@/components/ui/field";
import { useFormFeedback } from "@/components/ui/form-feedback";
import type { Messages } from "@/lib/i18n";
import { CONTACT_FIELDS, EMPTY_CONTACT, TopicFields, type ContactValues } from "./topic-fields";
import { isRedirect, translateError } from "./translate-error";
import type { FormResult } from "@/lib/schemas/form-result";

type Props = { m: Messages; initialTopic: string; action: (input: unknown) => Promise<FormResult> };

export function LearnerContactForm({ m, initialTopic, action }: Props) {
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [pending, startTransition] = useTransition();
  const feedback = useFormFeedback((key) => translateError(m, key));
  const { register, handleSubmit, control, formState } = useForm<ContactValues>({
    resolver: zodResolver(learnerRequestSchema) as unknown as Resolver<ContactValues>,
    defaultValues: { ...EMPTY_CONTACT, topic: initialTopic, idempotencyKey },
    shouldFocusError: false,
  });
  const topic = useWatch({ control, name: "topic" });
  const { byField, summary } = feedback.collect(CONTACT_FIELDS, formState.errors);

  const onValid = (values: ContactValues) =>
    startTransition(async () => {
      try {
        const result = await action(values);
        if (result && !result.ok) feedback.serverRefused(result.fieldErrors, result.formError ?? null);
      } catch (error) {
        // A redirect is how success ends; anything else keeps the form as typed.
        if (isRedirect(error)) throw error;
        feedback.serverRefused({}, m.forms.unexpected);
      }
    });

  return (
    <form method="post" noValidate className="space-y-6" onSubmit={handleSubmit(onValid, feedback.clientRefused)}>
      <ErrorSummary title={m.forms.errorSummary} errors={summary} attempt={feedback.attempt} />
      <input type="hidden" {...register("idempotencyKey")} />
      <fieldset
        aria-describedby={byField.topic ? "topic-error" : undefined}
        className={byField.topic ? "border-l-4 border-red-700 pl-3" : undefined}
      >
        <legend className="mb-2 text-lg font-semibold">{m.contact.learnerForm.topicLegend}</legend>
        {byField.topic ? (
          <p id="topic-error" className="mb-2 font-semibold text-red-800">
            {byField.topic}
          </p>
        ) : null}
        <div className="space-y-2">
          {LEARNER_TOPICS.map((code, index) => (
            <div key={code} className="flex items-start gap-2">
              {/* The first radio carries the field's id: the error summary links to it. */}
              <input {...register("topic")} id={index === 0 ? "topic" : `topic-${code}`} type="radio" value={code} className="mt-1 h-5 w-5" />
              <label htmlFor={index === 0 ? "topic" : `topic-${code}`}>{m.topics[code]}</label>
            </div>
          ))}
        </div>
      </fieldset>
      {topic ? <TopicFields topic={topic} register={register} errors={byField} m={m} /> : null}
      <button type="submit" disabled={pending} className={buttonClass}>
        {m.contact.learnerForm.submit}
      </button>
    </form>
  );
}
