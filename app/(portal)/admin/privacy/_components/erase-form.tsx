"use client";
import { useTranslations } from "next-intl";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/form-fields";
import { eraseLearnerSchema } from "@/lib/schemas/special-category";
import { eraseLearnerAction } from "../actions";

/** The erasure on request, confirmed by typing the learner's name (no dialog to miss). */
export function EraseLearnerForm({ learnerId, name }: { learnerId: string; name: string }) {
  const t = useTranslations("specialCategory.admin");
  const f = useActionForm({
    schema: eraseLearnerSchema,
    action: eraseLearnerAction,
    defaultValues: { learnerId, confirmName: "" },
    fields: { confirmName: t("confirmName") },
    errors: "specialCategory.errors",
    success: t("erased"),
    idPrefix: "erase-",
  });
  return (
    <form noValidate onSubmit={f.onSubmit} className="space-y-4" aria-labelledby="erase-title">
      <FormErrorSummary form={f} />
      <p className="max-w-prose">{t("eraseIntro", { name })}</p>
      <input type="hidden" {...f.register("learnerId")} />
      <TextField form={f} name="confirmName" label={t("confirmName")} autoComplete="off" maxLength={200} />
      <SubmitRow form={f} label={t("erase")} variant="danger" />
    </form>
  );
}
