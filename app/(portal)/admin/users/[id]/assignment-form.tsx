"use client";
import { useTranslations } from "next-intl";
import { editAssignmentSchema, type EditAssignmentInput } from "@/lib/schemas/admin";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { SelectField, TextField } from "@/components/ui/form-fields";
import type { Option } from "../../_components/types";
import { assignLearnerAction } from "../actions";

export function AssignmentForm({ values, advisors, mentors }: { values: EditAssignmentInput; advisors: Option[]; mentors: Option[] }) {
  const t = useTranslations("admin");
  const f = useActionForm({
    schema: editAssignmentSchema,
    action: assignLearnerAction,
    defaultValues: values,
    fields: { advisorId: t("form.advisor"), mentorId: t("form.mentor"), reason: t("detail.reason") },
    errors: "admin.errors",
    success: ({ changed }) => (changed ? t("form.saved") : t("form.unchanged")),
    // The reason belongs to this change only: the next one starts blank.
    onSuccess: () => f.form.setValue("reason", ""),
    idPrefix: "assignment-",
  });
  return (
    <form method="post" noValidate onSubmit={f.onSubmit} className="space-y-5" aria-labelledby="assignment-heading">
      <FormErrorSummary form={f} />
      <input type="hidden" {...f.register("id")} />
      <SelectField form={f} name="advisorId" label={t("form.advisor")} options={advisors} placeholder={t("form.noOne")} />
      <SelectField form={f} name="mentorId" label={t("form.mentor")} options={mentors} placeholder={t("form.noOne")} />
      <TextField form={f} name="reason" label={t("detail.reason")} maxLength={300} />
      <SubmitRow form={f} label={t("detail.assign")} />
    </form>
  );
}
