"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/form-fields";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { legalHoldSchema } from "@/lib/schemas/special-category";
import { liftLegalHoldAction, setLegalHoldAction } from "../actions";

/** Sets or changes the legal hold: its reason and last day. */
export function LegalHoldForm({ learnerId, hold }: { learnerId: string; hold: { reason: string; endsOn: string } | null }) {
  const t = useTranslations("specialCategory.admin");
  const f = useActionForm({
    schema: legalHoldSchema,
    action: setLegalHoldAction,
    defaultValues: { learnerId, reason: hold?.reason ?? "", endsOn: hold?.endsOn ?? "" },
    fields: { reason: t("holdReason"), endsOn: t("holdEndsOn") },
    errors: "specialCategory.errors",
    success: t("holdSaved"),
    idPrefix: "hold-",
  });
  return (
    <form noValidate onSubmit={f.onSubmit} className="space-y-4" aria-labelledby="hold-title">
      <FormErrorSummary form={f} />
      <input type="hidden" {...f.register("learnerId")} />
      <TextField form={f} name="reason" label={t("holdReason")} maxLength={500} />
      <TextField form={f} name="endsOn" type="date" label={t("holdEndsOn")} />
      <SubmitRow form={f} label={hold ? t("holdChange") : t("holdSave")} variant="secondary" />
    </form>
  );
}

/** Lifts the hold, after a confirmation; the outcome is announced beside the button. */
export function LiftLegalHold({ learnerId }: { learnerId: string }) {
  const t = useTranslations("specialCategory.admin");
  const e = useTranslations("specialCategory.errors");
  const forms = useTranslations("forms");
  const [pending, start] = useTransition();
  const [status, setStatus] = useState("");
  return (
    <div className="flex flex-wrap items-center gap-3">
      <ConfirmDialog
        triggerLabel={t("holdLift")}
        triggerVariant="secondary"
        title={t("holdLiftTitle")}
        description={t("holdLiftBody")}
        confirmLabel={t("holdLiftConfirm")}
        cancelLabel={t("cancel")}
        pending={pending}
        onConfirm={() =>
          start(async () => {
            const result = await liftLegalHoldAction({ learnerId });
            setStatus(result.ok ? t("holdLifted") : result.formError === "noHold" ? e("noHold") : forms("unexpected"));
          })
        }
      />
      <p role="status" aria-live="polite" className="font-semibold">
        {status}
      </p>
    </div>
  );
}
