"use client";
import { useTranslations } from "next-intl";
import { openCaseSchema, type OpenCaseInput } from "@/lib/schemas/follow-up";
import { CONTACT_REASONS } from "@/lib/domain/follow-up";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { Choice, ChoiceFieldset } from "@/components/ui/choice-fieldset";
import { openCaseAction } from "../actions";

export function OpenCaseForm({ learnerId, sourceRequestId, reason }: { learnerId: string; sourceRequestId: string; reason?: OpenCaseInput["reason"] }) {
  const t = useTranslations("cases");
  const reasons = useTranslations("caseload.reasons");
  const f = useActionForm({
    schema: openCaseSchema,
    action: openCaseAction,
    defaultValues: { learnerId, sourceRequestId, reason },
    fields: { reason: t("reason") },
    errors: "cases.errors",
  });
  return (
    <form noValidate onSubmit={f.onSubmit} className="space-y-4">
      <FormErrorSummary form={f} />
      <ChoiceFieldset id={f.idOf("reason")} legend={t("reason")} error={f.errorOf("reason")}>
        {CONTACT_REASONS.map((code, i) => (
          <Choice key={code} label={reasons(code)}>
            <input id={i === 0 ? f.idOf("reason") : undefined} type="radio" value={code} {...f.register("reason")} />
          </Choice>
        ))}
      </ChoiceFieldset>
      <SubmitRow form={f} label={t("open")} />
    </form>
  );
}
