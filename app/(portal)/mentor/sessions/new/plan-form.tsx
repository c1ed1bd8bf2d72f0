"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { planSessionSchema, type PlanSessionInput } from "@/lib/schemas/session";
import { FormErrorSummary, useActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/form-fields";
import { ConfirmBreakField, WhenFields, useWhenLabels } from "../session-fields";
import { planSessionAction } from "../actions";

/** Success ends with a redirect to the new session. */
export function PlanSessionForm({ learners, defaults }: { learners: { id: string; name: string }[]; defaults: PlanSessionInput }) {
  const t = useTranslations("sessions.plan");
  const f = useActionForm({
    schema: planSessionSchema,
    action: planSessionAction,
    defaultValues: defaults,
    fields: { learnerId: t("learner"), ...useWhenLabels(), confirmBreak: t("confirmBreak") },
    errors: "sessions.errors",
  });
  return (
    <form method="post" noValidate className="space-y-5" onSubmit={f.onSubmit}>
      <FormErrorSummary form={f} />
      <SelectField form={f} name="learnerId" label={t("learner")} placeholder={t("chooseLearner")} options={learners.map((l) => ({ value: l.id, label: l.name }))} />
      <WhenFields form={f} />
      <ConfirmBreakField form={f} />
      {/* Success opens the new session, which says so. */}
      <div className="flex items-center gap-6">
        <Button type="submit" pending={f.pending}>
          {t("submit")}
        </Button>
        <Link href="/mentor">{t("cancel")}</Link>
      </div>
    </form>
  );
}
