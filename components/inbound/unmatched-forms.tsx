"use client";
import { z } from "zod";
import { useTranslations } from "next-intl";
import { attachInboundSchema, type AttachInboundInput, type DiscardInboundInput } from "@/lib/schemas/inbound";
import type { ActionResult } from "@/lib/schemas/action-result";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/form-fields";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

const numberSchema = attachInboundSchema.pick({ requestNumber: true });

/** Attaches one unmatched email to the request of the number typed. */
export function AttachInboundForm({ id, action }: { id: string; action: (input: AttachInboundInput) => Promise<ActionResult<unknown>> }) {
  const t = useTranslations("inbound.attach");
  const f = useActionForm({
    schema: numberSchema,
    action: (values) => action({ ...values, id }),
    defaultValues: { requestNumber: "" },
    fields: { requestNumber: t("label") },
    errors: "inbound.errors",
    success: t("done"),
    idPrefix: `attach-${id}-`,
  });
  return (
    <form method="post" noValidate onSubmit={f.onSubmit} className="space-y-2">
      <FormErrorSummary form={f} />
      <TextField form={f} name="requestNumber" label={t("label")} hint={t("hint")} inputMode="numeric" maxLength={9} />
      <SubmitRow form={f} label={t("submit")} variant="secondary" />
    </form>
  );
}

/** Discards one unmatched email, after a confirmation. */
export function DiscardInboundForm({ id, action }: { id: string; action: (input: DiscardInboundInput) => Promise<ActionResult<unknown>> }) {
  const t = useTranslations("inbound.discard");
  const f = useActionForm({
    schema: z.object({}),
    action: () => action({ id }),
    defaultValues: {},
    fields: {},
    errors: "inbound.errors",
    success: t("done"),
    idPrefix: `discard-${id}-`,
  });
  const formId = `discard-${id}`;
  return (
    <form id={formId} method="post" noValidate onSubmit={f.onSubmit} className="space-y-2">
      <FormErrorSummary form={f} />
      <div className="flex flex-wrap items-center gap-3">
        <ConfirmDialog
          triggerLabel={t("trigger")}
          title={t("title")}
          description={t("description")}
          confirmLabel={t("confirm")}
          cancelLabel={t("cancel")}
          form={formId}
          pending={f.pending}
        />
        <p role="status" aria-live="polite" className="font-semibold text-green-800">
          {f.status?.tone === "success" ? f.status.message : ""}
        </p>
      </div>
    </form>
  );
}
