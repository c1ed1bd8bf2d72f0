"use client";
import { CallTimeFields } from "./call-time-fields";
import { useTranslations } from "next-intl";
import { logPastCallSchema, type LogPastCallInput } from "@/lib/schemas/follow-up";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { TextAreaField } from "@/components/ui/form-fields";
import { logPastCallAction } from "../actions";

/** A call that already took place (a learner who called back, say): logged as held, no invitation sent. */
export function LogCallForm({ caseId, kind, title }: { caseId: string; kind: LogPastCallInput["kind"]; title: string }) {
  const t = useTranslations("cases");
  const f = useActionForm({
    schema: logPastCallSchema,
    action: logPastCallAction,
    defaultValues: { caseId, kind, date: "", time: "", durationMinutes: "30", blocker: "", notes: "" },
    fields: { date: t("date"), time: t("time"), durationMinutes: t("duration"), blocker: t("blockerField"), notes: t("said") },
    errors: "cases.errors",
    success: t("logged"),
    idPrefix: "log-",
  });
  return (
    <form noValidate onSubmit={f.onSubmit} aria-labelledby="log-title" className="mt-4 space-y-3 rounded border border-slate-300 p-3">
      <h3 id="log-title" className="font-semibold">
        {title}
      </h3>
      <p className="text-sm text-slate-700">{t("logHint")}</p>
      <FormErrorSummary form={f} />
      <CallTimeFields form={f} />
      {kind === "FIRST" ? <TextAreaField form={f} name="blocker" label={t("blockerField")} hint={t("blockerHint")} rows={3} maxLength={2000} /> : null}
      <TextAreaField form={f} name="notes" label={t("said")} rows={3} maxLength={2000} />
      <SubmitRow form={f} label={t("logSubmit")} />
    </form>
  );
}
