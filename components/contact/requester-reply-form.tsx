"use client";
import { useTranslations } from "next-intl";
import { REPLY_MAX, replySchema, type ReplyInput } from "@/lib/schemas/triage";
import type { ActionResult } from "@/lib/schemas/action-result";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { TextAreaField } from "@/components/ui/form-fields";

/** The requester's answer on their own request; the box empties once sent. */
export function RequesterReplyForm({ id, action }: { id: string; action: (input: ReplyInput) => Promise<ActionResult<unknown>> }) {
  const t = useTranslations("contact.reply");
  const f = useActionForm({
    schema: replySchema,
    action,
    defaultValues: { id, body: "" },
    fields: { body: t("title") },
    success: t("sent"),
    resetOnSuccess: true,
    idPrefix: "requester-",
  });
  return (
    <form method="post" noValidate onSubmit={f.onSubmit} className="space-y-3">
      <FormErrorSummary form={f} />
      <TextAreaField form={f} name="body" label={t("title")} hint={t("hint")} maxLength={REPLY_MAX} />
      <SubmitRow form={f} label={t("submit")} />
    </form>
  );
}
