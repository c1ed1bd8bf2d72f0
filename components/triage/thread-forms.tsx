"use client";
import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { RequestStatus, Role } from "@prisma/client";
import { FORWARD_NOTE_MAX, forwardSchema, reassignSchema, replySchema, statusSchema, STATUSES } from "@/lib/schemas/triage";
import { forwardAction, noteAction, reassignAction, replyAction, statusAction } from "@/lib/server/actions/triage";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { SelectField, TextAreaField } from "@/components/ui/form-fields";
import { Button } from "@/components/ui/button";
import type { ActionFailure } from "@/lib/schemas/action-result";
import { AttachmentPicker } from "@/components/attachments/attachment-picker";
import { CannedReplyTextarea, type CannedOption } from "./canned-reply-textarea";
import { MentionTextarea, type MentionOption } from "./mention-textarea";
import { reportTyping } from "@/components/live/request-presence";
import { NewMessageNotice } from "@/components/live/new-message-notice";

// The request page's forms (support, Mentorship Manager, advisors). The page
// passes the request's current id and version, which join the typed values
// at submit (after a change the page re-renders with the new version); each
// form validates its own fields and the action parses the whole schema again.
// The reply is the page's one primary action: every other button is secondary.

type Ref = { id: string; version: number };
const ERRORS = "triage.errors";

/** How a stale version reads: the request as it is now. */
export function useDescribeConflict() {
  const t = useTranslations("triage.thread");
  const status = useTranslations("requestStatus");
  return (current: NonNullable<ActionFailure["conflict"]>) =>
    t("conflict", {
      status: STATUSES.includes(current.status as RequestStatus) ? status(current.status as RequestStatus) : "—",
      assignee: current.assignee ? String(current.assignee) : t("nobody"),
    });
}

// The id comes from the page; a reply also sends the documents its author uploaded for it.
const bodySchema = replySchema.pick({ body: true, attachmentIds: true });

/**
/**
 * A reply to the requester (the primary action), with documents if any (the learner's
 * picker: same limits, type checked on the content), or an internal note (text only,
 * with @mentions). The reply sends the thread's last message id as the draft began
 * (`lastMessageId`): if someone wrote meanwhile, the server refuses once and the message is
 * shown above the box, the draft kept; sending again confirms (issue 15).
 */
export function TextActionForm({
  kind,
  reference,
  cannedReplies = [],
  colleagues = [],
  maxMegabytes,
  lastMessageId,
}: {
  kind: "reply" | "note";
  reference: Ref;
  cannedReplies?: CannedOption[];
  /** Who a note may @mention (never offered in the reply: the requester reads it). */
  colleagues?: MentionOption[];
  /** ATTACHMENT_MAX_BYTES in MB: given for a reply, which then offers documents. */
  maxMegabytes?: number;
  lastMessageId?: string;
}) {
  const t = useTranslations("triage.thread");
  const router = useRouter();
  // A new picker after each reply sent: its documents went with it.
  const [round, setRound] = useState(0);
  // The last message as the draft began, and the newer one the person has since been shown.
  const draftBase = useRef<string | null>(null);
  const acknowledged = useRef<string | null>(null);
  const checked = kind === "reply" && lastMessageId !== undefined;
  const text = {
    reply: { label: t("reply"), hint: t("replyHint"), submit: t("replySubmit"), done: t("replied"), action: replyAction },
    note: { label: t("note"), hint: t("noteHint"), submit: t("noteSubmit"), done: t("noted"), action: noteAction },
  }[kind];
  const f = useActionForm({
    schema: bodySchema,
    action: async (values) => {
      const lastSeen = checked ? (acknowledged.current ?? draftBase.current ?? lastMessageId) : undefined;
      const result = await text.action({ ...values, id: reference.id, ...(lastSeen !== undefined ? { lastSeen } : {}) });
      if (!result.ok && result.formError === "newMessage" && typeof result.conflict?.id === "string") {
        acknowledged.current = result.conflict.id;
        router.refresh();
      }
      if (result.ok) acknowledged.current = draftBase.current = null;
      return result;
    },
    defaultValues: { body: "", attachmentIds: [] },
    fields: { body: text.label },
    errors: ERRORS,
    success: text.done,
    resetOnSuccess: true,
    onSuccess: () => setRound((r) => r + 1),
    idPrefix: `${kind}-`,
  });
  const onInput = () => {
    if (!checked) return;
    if (draftBase.current === null) draftBase.current = lastMessageId ?? "";
    reportTyping();
  };
  return (
    <form method="post" noValidate onSubmit={f.onSubmit} onInput={onInput} className="space-y-3">
      <FormErrorSummary form={f} />
      {checked ? <NewMessageNotice failure={f.failure} /> : null}
      {kind === "reply" && cannedReplies.length > 0 ? (
        <CannedReplyTextarea form={f} name="body" label={text.label} hint={text.hint} maxLength={4000} options={cannedReplies} />
      ) : kind === "note" && colleagues.length > 0 ? (
        <MentionTextarea form={f} name="body" label={text.label} hint={text.hint} maxLength={4000} options={colleagues} />
      ) : (
        <TextAreaField form={f} name="body" label={text.label} hint={text.hint} maxLength={4000} />
      )}
      {kind === "reply" && maxMegabytes ? <AttachmentPicker key={round} audience="staff" maxMegabytes={maxMegabytes} onChange={(ids) => f.form.setValue("attachmentIds", ids)} /> : null}
      <SubmitRow form={f} label={text.submit} variant={kind === "reply" ? "primary" : "secondary"} />
    </form>
  );
}

export function StatusForm({ reference, current }: { reference: Ref; current: RequestStatus }) {
  const t = useTranslations("triage.thread");
  const status = useTranslations("requestStatus");
  const f = useActionForm({
    schema: statusSchema.pick({ status: true }),
    action: (values) => statusAction({ ...values, ...reference }),
    defaultValues: { status: current },
    fields: { status: t("changeStatus") },
    errors: ERRORS,
    success: t("statusSaved"),
    describeConflict: useDescribeConflict(),
  });
  return (
    <form method="post" noValidate onSubmit={f.onSubmit} className="space-y-3">
      <FormErrorSummary form={f} />
      <SelectField form={f} name="status" label={t("changeStatus")} options={STATUSES.map((s) => ({ value: s, label: status(s) }))} />
      <SubmitRow form={f} label={t("statusSubmit")} variant="secondary" />
    </form>
  );
}

// The id and version come from the page: the person writes an optional note.
const forwardFields = forwardSchema.pick({ note: true });

/** "Forward to the learner's advisor": the advisor comes from the learner; an optional internal note goes with it. */
export function ForwardForm({
  reference,
  advisorName,
  alreadyAssigned,
}: {
  reference: Ref;
  advisorName: string;
  /** The form stays mounted once forwarded, so its confirmation stays on screen. */
  alreadyAssigned: boolean;
}) {
  const t = useTranslations("triage.thread");
  const f = useActionForm({
    schema: forwardFields,
    action: (values) => forwardAction({ ...values, ...reference }),
    defaultValues: { note: "" },
    fields: { note: t("forwardNote") },
    errors: ERRORS,
    success: t("forwarded"),
    describeConflict: useDescribeConflict(),
    idPrefix: "forward-",
  });
  return (
    <form method="post" noValidate onSubmit={f.onSubmit} className="space-y-3">
      <FormErrorSummary form={f} />
      {alreadyAssigned ? null : <TextAreaField form={f} name="note" label={t("forwardNote")} hint={t("forwardNoteHint")} rows={3} maxLength={FORWARD_NOTE_MAX} />}
      <div className="flex flex-wrap items-center gap-3">
        {alreadyAssigned ? null : (
          <Button type="submit" variant="secondary" pending={f.pending}>
            {t("forward", { name: advisorName })}
          </Button>
        )}
        <p role="status" aria-live="polite" className="font-semibold text-green-800">
          {f.status?.tone === "success" ? f.status.message : ""}
        </p>
      </div>
    </form>
  );
}

const TARGET_ROLES = ["ADVISOR", "MENTORSHIP_MANAGER", "SUPPORT"] as const;

export function ReassignForm({ reference, assignees }: { reference: Ref; assignees: { id: string; firstName: string; lastName: string; role: Role }[] }) {
  const t = useTranslations("triage.thread");
  const roles = useTranslations("roles");
  const f = useActionForm({
    schema: reassignSchema.pick({ target: true, reason: true }),
    action: (values) => reassignAction({ ...values, ...reference }),
    defaultValues: { target: "", reason: "" },
    fields: { target: t("target"), reason: t("reason") },
    errors: ERRORS,
    success: t("reassigned"),
    resetOnSuccess: true,
    describeConflict: useDescribeConflict(),
  });
  return (
    <form method="post" noValidate onSubmit={f.onSubmit} className="space-y-3">
      <FormErrorSummary form={f} />
      <SelectField
        form={f}
        name="target"
        label={t("target")}
        placeholder={t("chooseTarget")}
        options={[
          { value: "LEARNER_ADVISOR", label: t("learnerAdvisor") },
          ...TARGET_ROLES.map((role) => ({
            group: roles(role),
            options: assignees.filter((a) => a.role === role).map((a) => ({ value: a.id, label: `${a.firstName} ${a.lastName}` })),
          })),
        ]}
      />
      <TextAreaField form={f} name="reason" label={t("reason")} maxLength={500} />
      <SubmitRow form={f} label={t("reassignSubmit")} variant="secondary" />
    </form>
  );
}
