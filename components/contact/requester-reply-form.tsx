"use client";
import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { REPLY_MAX, requesterReplySchema, type RequesterReplyInput } from "@/lib/schemas/triage";
import type { ActionResult } from "@/lib/schemas/action-result";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { TextAreaField } from "@/components/ui/form-fields";
import { AttachmentPicker } from "@/components/attachments/attachment-picker";
import { NewMessageNotice } from "@/components/live/new-message-notice";

/**
 * The requester's answer on their own request, with documents if any; the box empties once sent.
 * As the staff reply box (components/triage/thread-forms.tsx): a reply sent after a new
 * message arrived is refused once, the message shown and the draft kept.
 */
export function RequesterReplyForm({
  id,
  action,
  maxMegabytes,
  lastMessageId,
}: {
  id: string;
  action: (input: RequesterReplyInput) => Promise<ActionResult<unknown>>;
  maxMegabytes: number;
  lastMessageId: string;
}) {
  const t = useTranslations("contact.reply");
  const router = useRouter();
  const draftBase = useRef<string | null>(null);
  const acknowledged = useRef<string | null>(null);
  // A new picker after each reply sent: its documents went with it.
  const [round, setRound] = useState(0);
  const f = useActionForm({
    schema: requesterReplySchema,
    action: async (values) => {
      const result = await action({ ...values, lastSeen: acknowledged.current ?? draftBase.current ?? lastMessageId });
      if (!result.ok && result.formError === "newMessage" && typeof result.conflict?.id === "string") {
        acknowledged.current = result.conflict.id;
        router.refresh();
      }
      if (result.ok) acknowledged.current = draftBase.current = null;
      return result;
    },
    defaultValues: { id, body: "", attachmentIds: [] },
    fields: { body: t("title") },
    success: t("sent"),
    resetOnSuccess: true,
    onSuccess: () => setRound((r) => r + 1),
    idPrefix: "requester-",
  });
  return (
    <form method="post" noValidate onSubmit={f.onSubmit} onInput={() => (draftBase.current ??= lastMessageId)} className="space-y-3">
      <FormErrorSummary form={f} />
      <NewMessageNotice failure={f.failure} />
      <TextAreaField form={f} name="body" label={t("title")} hint={t("hint")} maxLength={REPLY_MAX} />
      <AttachmentPicker key={round} maxMegabytes={maxMegabytes} onChange={(ids) => f.form.setValue("attachmentIds", ids)} />
      <SubmitRow form={f} label={t("submit")} />
    </form>
  );
}
