"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { REPLY_MAX, requesterReplySchema, type RequesterReplyInput } from "@/lib/schemas/triage";
import type { ActionResult } from "@/lib/schemas/action-result";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { TextAreaField } from "@/components/ui/form-fields";
import { AttachmentPicker } from "@/components/attachments/attachment-picker";

/** The requester's answer on their own request, with documents if any; the box empties once sent. */
export function RequesterReplyForm({ id, action, maxMegabytes }: { id: string; action: (input: RequesterReplyInput) => Promise<ActionResult<unknown>>; maxMegabytes: number }) {
  const t = useTranslations("contact.reply");
  // A new picker after each reply sent: its documents went with it.
  const [round, setRound] = useState(0);
  const f = useActionForm({
    schema: requesterReplySchema,
    action,
    defaultValues: { id, body: "", attachmentIds: [] },
    fields: { body: t("title") },
    success: t("sent"),
    resetOnSuccess: true,
    onSuccess: () => setRound((r) => r + 1),
    idPrefix: "requester-",
  });
  return (
    <form method="post" noValidate onSubmit={f.onSubmit} className="space-y-3">
      <FormErrorSummary form={f} />
      <TextAreaField form={f} name="body" label={t("title")} hint={t("hint")} maxLength={REPLY_MAX} />
      <AttachmentPicker key={round} maxMegabytes={maxMegabytes} onChange={(ids) => f.form.setValue("attachmentIds", ids)} />
      <SubmitRow form={f} label={t("submit")} />
    </form>
  );
}
