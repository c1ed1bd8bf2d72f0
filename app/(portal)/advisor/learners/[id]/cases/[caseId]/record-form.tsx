"use client";
import { useTranslations } from "next-intl";
import { recordAppointmentSchema, type RecordAppointmentInput } from "@/lib/schemas/follow-up";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { Choice, ChoiceFieldset } from "@/components/ui/choice-fieldset";
import { TextAreaField } from "@/components/ui/form-fields";
import { recordAppointmentAction } from "../actions";

export function RecordForm({ appointmentId, kind }: { appointmentId: string; kind: RecordAppointmentInput["kind"] }) {
  const t = useTranslations("cases");
  const f = useActionForm({
    schema: recordAppointmentSchema,
    action: recordAppointmentAction,
    defaultValues: { appointmentId, kind, status: undefined, blocker: "", notes: "" },
    fields: { status: t("attendance"), blocker: t("blockerField"), notes: t("notes") },
    errors: "cases.errors",
    idPrefix: `record-${appointmentId}-`,
  });
  return (
    <form noValidate onSubmit={f.onSubmit} className="mt-2 space-y-3 rounded border border-slate-300 p-3">
      <h3 className="font-semibold">{t("record")}</h3>
      <FormErrorSummary form={f} />
      <ChoiceFieldset id={f.idOf("status")} legend={t("attendance")} error={f.errorOf("status")}>
        <Choice label={t("held")}>
          <input id={f.idOf("status")} type="radio" value="HELD" {...f.register("status")} />
        </Choice>
        <Choice label={t("noShow")}>
          <input type="radio" value="NO_SHOW" {...f.register("status")} />
        </Choice>
      </ChoiceFieldset>
      {kind === "FIRST" ? <TextAreaField form={f} name="blocker" label={t("blockerField")} hint={t("blockerHint")} rows={3} maxLength={2000} /> : null}
      <TextAreaField form={f} name="notes" label={t("notes")} rows={3} maxLength={2000} />
      <SubmitRow form={f} label={t("recordSubmit")} />
    </form>
  );
}
