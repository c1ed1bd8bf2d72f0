"use client";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { learnerRequestSchema } from "@/lib/schemas/contact";
import { LEARNER_TOPICS } from "@/lib/domain/responsibility";
import type { ActionResult } from "@/lib/schemas/action-result";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { Choice, ChoiceFieldset } from "@/components/ui/choice-fieldset";
import { DuplicatePanel } from "./duplicate-panel";
import { CallbackFields } from "./callback-fields";
import { AttachmentPicker } from "@/components/attachments/attachment-picker";
import { EMPTY_CONTACT, TopicFields, useContactLabels, type ContactValues } from "./topic-fields";

type Props = { initialTopic: string; action: (input: unknown) => Promise<ActionResult>; maxMegabytes: number };

// The schema is a union by topic; the form holds every field as text.
const schema = learnerRequestSchema as unknown as z.ZodType<ContactValues, ContactValues>;

/** "Contacter mon conseiller": success ends with a redirect to the new request. */
export function LearnerContactForm({ initialTopic, action, maxMegabytes }: Props) {
  const t = useTranslations("contact.learnerForm");
  const topics = useTranslations("topics");
  const complaints = useTranslations("complaints");
  const callback = useTranslations("callback");
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const f = useActionForm({
    schema,
    action,
    errors: "contact.duplicate.errors",
    defaultValues: { ...EMPTY_CONTACT, topic: initialTopic, idempotencyKey, replyChannel: "EMAIL" },
    fields: { ...useContactLabels({ topic: t("topicLegend") }), replyChannel: callback("legend"), callbackPhone: callback("phone"), callbackWhen: callback("when") },
  });
  const topic = useWatch({ control: f.form.control, name: "topic" });
  const error = f.errorOf("topic");

  return (
    <form method="post" noValidate className="min-w-0 space-y-6" onSubmit={f.onSubmit}>
      <FormErrorSummary form={f} />
      <input type="hidden" {...f.register("idempotencyKey")} />
      <ChoiceFieldset id={f.idOf("topic")} legend={t("topicLegend")} error={error}>
        {LEARNER_TOPICS.map((code, index) => (
          <Choice key={code} label={topics(code)}>
            {/* The first radio carries the field's id: the error summary links to it. */}
            <input {...f.register("topic")} id={index === 0 ? f.idOf("topic") : `topic-${code}`} type="radio" value={code} className="h-5 w-5" />
          </Choice>
        ))}
      </ChoiceFieldset>
      {topic ? <TopicFields topic={topic} form={f} /> : null}
      {topic ? <CallbackFields form={f} /> : null}
      {topic ? (
        <div>
          <label className="flex items-center gap-2 font-semibold">
            <input id="complaint" type="checkbox" aria-describedby="complaint-hint" className="h-5 w-5" {...f.register("complaint" as never)} />
            {complaints("flag")}
          </label>
          <p id="complaint-hint" className="mt-1 text-sm text-slate-700">
            {complaints("flagHint")}
          </p>
        </div>
      ) : null}
      {/* Outside the text fields' values: the ids of the documents uploaded for this request. */}
      <AttachmentPicker maxMegabytes={maxMegabytes} onChange={(ids) => f.form.setValue("attachmentIds" as never, ids as never)} />
      <DuplicatePanel form={f} side="LEARNER" basePath="/learner/requests" />
      <SubmitRow form={f} label={t("submit")} />
    </form>
  );
}
