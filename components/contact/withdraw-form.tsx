"use client";
import { useTranslations } from "next-intl";
import { WITHDRAW_REASON_MAX, withdrawSchema, type WithdrawInput } from "@/lib/schemas/triage";
import type { ActionResult } from "@/lib/schemas/action-result";
import { FormErrorSummary, useActionForm } from "@/components/ui/action-form";
import { TextAreaField } from "@/components/ui/form-fields";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

/** "Withdraw my request": the danger button asks first, then the form (an optional reason) is checked and sent. */
export function WithdrawForm({ id, action }: { id: string; action: (input: WithdrawInput) => Promise<ActionResult<unknown>> }) {
  const t = useTranslations("contact.withdraw");
  const f = useActionForm({
    schema: withdrawSchema.pick({ reason: true }),
    action: (values) => action({ ...values, id }),
    defaultValues: { reason: "" },
    fields: { reason: t("reason") },
    errors: "contact.withdraw.errors",
    success: t("done"),
    idPrefix: "withdraw-",
  });
  return (
    <form id="withdraw-request" method="post" noValidate onSubmit={f.onSubmit} className="space-y-3">
      <p className="text-sm text-slate-700">{t("hint")}</p>
      <FormErrorSummary form={f} />
      <TextAreaField form={f} name="reason" label={t("reason")} rows={3} maxLength={WITHDRAW_REASON_MAX} />
      <div className="flex flex-wrap items-center gap-3">
        <ConfirmDialog
          triggerLabel={t("submit")}
          title={t("confirmTitle")}
          description={t("confirmDescription")}
          confirmLabel={t("confirm")}
          cancelLabel={t("cancel")}
          form="withdraw-request"
          pending={f.pending}
        />
        <p role="status" aria-live="polite" className="font-semibold text-green-800">
          {f.status?.tone === "success" ? f.status.message : ""}
        </p>
      </div>
    </form>
  );
}
