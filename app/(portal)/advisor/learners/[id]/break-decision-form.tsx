"use client";
import { useTranslations } from "next-intl";
import { decideBreakSchema } from "@/lib/schemas/follow-up";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { TextAreaField, TextField } from "@/components/ui/form-fields";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { decideBreakAction } from "./actions";

/**
 * A requested break: approved with its dates (which the advisor may adjust), or refused with
 * a reason the learner reads — refusing is final, so it asks first. On the learner file and
 * on the request page.
 */
export function BreakDecisionForm({ breakId, startDate, endDate, position }: { breakId: string; startDate: string; endDate: string; position?: number }) {
  const t = useTranslations("learnerFile");
  const f = useActionForm({
    schema: decideBreakSchema,
    action: decideBreakAction,
    defaultValues: { breakId, decision: "APPROVED", startDate, endDate, note: "" },
    fields: { startDate: t("startDate"), endDate: t("endDate"), note: t("decisionNote") },
    errors: "cases.errors",
    success: t("decided"),
    idPrefix: `break-${breakId}-`,
  });
  const decide = (decision: "APPROVED" | "REFUSED") => f.form.setValue("decision", decision);
  return (
    // The form's one submit button approves; the refusal goes through its dialog.
    <form
      noValidate
      onSubmit={(event) => {
        decide("APPROVED");
        return f.onSubmit(event);
      }}
      aria-label={position ? t("decideBreakNth", { position, start: startDate, end: endDate }) : t("decideBreak")}
      className="mt-3 space-y-3 rounded border border-slate-300 p-3"
    >
      <h3 className="font-semibold">{t("decideBreak")}</h3>
      <FormErrorSummary form={f} />
      <div className="grid gap-3 md:grid-cols-2">
        <TextField form={f} name="startDate" type="date" label={t("startDate")} />
        <TextField form={f} name="endDate" type="date" label={t("endDate")} />
      </div>
      <TextAreaField form={f} name="note" label={t("decisionNote")} hint={t("decisionNoteHint")} maxLength={1000} rows={3} />
      <SubmitRow form={f} label={t("approve")}>
        <ConfirmDialog
          triggerLabel={t("refuse")}
          title={t("refuseConfirm.title")}
          description={t("refuseConfirm.description")}
          confirmLabel={t("refuseConfirm.confirm")}
          cancelLabel={t("refuseConfirm.cancel")}
          pending={f.pending}
          onConfirm={() => {
            decide("REFUSED");
            void f.onSubmit();
          }}
        />
      </SubmitRow>
    </form>
  );
}

/**
 * On the request page: the decision form while the break waits for one, then what was decided.
 * The status line is there from the start, so the change is announced where the advisor acted
 * (the form itself goes once the page shows the decided break).
 */
export function BreakDecision({ breakId, startDate, endDate, decided }: { breakId: string; startDate: string; endDate: string; decided: "APPROVED" | "REFUSED" | "CANCELLED" | null }) {
  const t = useTranslations("learnerFile");
  return (
    <div>
      <p role="status" className={decided ? "font-semibold" : "sr-only"}>
        {decided ? t(`decidedStatus.${decided}`) : ""}
      </p>
      {decided ? null : <BreakDecisionForm breakId={breakId} startDate={startDate} endDate={endDate} />}
    </div>
  );
}
