"use client";
import { useTranslations } from "next-intl";
import { closeCaseSchema } from "@/lib/schemas/follow-up";
import { FormErrorSummary, useActionForm } from "@/components/ui/action-form";
import { Choice, ChoiceFieldset } from "@/components/ui/choice-fieldset";
import { TextAreaField, TextField } from "@/components/ui/form-fields";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

import { closeCaseAction } from "../actions";

/** Closing is final: the danger button asks first, then the form is checked and sent. */
export function CloseForm({ caseId, outcomes }: { caseId: string; outcomes: { BLOCKER_SOLVED: string; BLOCKER_NOT_SOLVED: string } }) {
  const t = useTranslations("cases");
  const f = useActionForm({
    schema: closeCaseSchema,
    action: closeCaseAction,
    defaultValues: { caseId, outcome: undefined, nextStep: "", sharedOutcome: "" },
    fields: { outcome: t("outcomeField"), nextStep: t("nextStep"), sharedOutcome: t("sharedOutcome") },
    errors: "cases.errors",
    idPrefix: "close-",
  });
  return (
    <form id="close-case" noValidate onSubmit={f.onSubmit} className="space-y-3">
      <p className="text-sm text-slate-700">{t("closeHint")}</p>
      <FormErrorSummary form={f} />
      <ChoiceFieldset id={f.idOf("outcome")} legend={t("outcomeField")} error={f.errorOf("outcome")}>
        <Choice label={outcomes.BLOCKER_SOLVED}>
          <input id={f.idOf("outcome")} type="radio" value="BLOCKER_SOLVED" {...f.register("outcome")} />
        </Choice>
        <Choice label={outcomes.BLOCKER_NOT_SOLVED}>
          <input type="radio" value="BLOCKER_NOT_SOLVED" {...f.register("outcome")} />
        </Choice>
      </ChoiceFieldset>
      <TextField form={f} name="nextStep" label={t("nextStep")} maxLength={500} />
      <TextAreaField form={f} name="sharedOutcome" label={t("sharedOutcome")} hint={t("sharedOutcomeHint")} rows={3} maxLength={1000} />
      <ConfirmDialog
        triggerLabel={t("closeSubmit")}
        title={t("closeConfirm.title")}
        description={t("closeConfirm.description")}
        confirmLabel={t("closeConfirm.confirm")}
        cancelLabel={t("closeConfirm.cancel")}
        form="close-case"
        pending={f.pending}
      />
    </form>
  );
}
