"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { surveyAnswerSchema, type SurveyAnswerInput } from "@/lib/schemas/satisfaction";
import { COMMENT_MAX, RATINGS } from "@/lib/domain/satisfaction";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { TextAreaField } from "@/components/ui/form-fields";
import { Choice, ChoiceFieldset } from "@/components/ui/choice-fieldset";
import { answerSurveyAction } from "./actions";

export function SurveyForm({ token }: { token: string }) {
  const t = useTranslations("satisfaction.page");
  const [done, setDone] = useState(false);
  const f = useActionForm<SurveyAnswerInput>({
    schema: surveyAnswerSchema,
    action: answerSurveyAction,
    defaultValues: { token, comment: "" },
    fields: { rating: t("rating"), comment: t("comment") },
    errors: "satisfaction.errors",
    onSuccess: () => setDone(true),
  });
  if (done) {
    return (
      <p role="status" className="mt-6 rounded border-l-4 border-green-700 bg-green-50 p-3 font-semibold text-green-900">
        {t("thanks")}
      </p>
    );
  }
  return (
    <form method="post" noValidate onSubmit={f.onSubmit} className="mt-6 space-y-5">
      <FormErrorSummary form={f} />
      <input type="hidden" {...f.register("token")} />
      <ChoiceFieldset id={f.idOf("rating")} legend={t("rating")} hint={t("ratingHint")} error={f.errorOf("rating")}>
        {RATINGS.map((r, index) => (
          <Choice key={r} label={t(`ratings.r${r}`)}>
            <input {...f.register("rating")} id={index === 0 ? f.idOf("rating") : `rating-${r}`} type="radio" value={String(r)} className="h-5 w-5" />
          </Choice>
        ))}
      </ChoiceFieldset>
      <TextAreaField form={f} name="comment" label={t("comment")} hint={t("commentHint")} maxLength={COMMENT_MAX} rows={4} />
      <SubmitRow form={f} label={t("submit")} />
    </form>
  );
}
