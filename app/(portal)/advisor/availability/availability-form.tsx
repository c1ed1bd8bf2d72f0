"use client";
import { useTranslations } from "next-intl";
import { availabilitySchema, type AvailabilityInput } from "@/lib/schemas/booking";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { TextAreaField, TextField } from "@/components/ui/form-fields";
import { saveAvailabilityAction } from "./actions";

const DAYS = ["day1", "day2", "day3", "day4", "day5", "day6", "day7"] as const;
const RULES = ["firstCallMinutes", "followUpCallMinutes", "bufferMinutes", "minNoticeHours", "horizonDays", "dailyCap"] as const;

/** The advisor's weekly phone windows, days off and booking rules, in one form. */
export function AvailabilityForm({ values }: { values: AvailabilityInput }) {
  const t = useTranslations("availability");
  const f = useActionForm({
    schema: availabilitySchema,
    action: saveAvailabilityAction,
    defaultValues: values,
    fields: {
      ...Object.fromEntries(DAYS.map((d) => [d, t(d)])),
      daysOff: t("daysOff"),
      ...Object.fromEntries(RULES.map((r) => [r, t(r)])),
    },
    errors: "availability.errors",
    success: t("saved"),
  });
  return (
    <form noValidate onSubmit={f.onSubmit} className="space-y-6">
      <FormErrorSummary form={f} />
      <fieldset className="space-y-3 rounded border border-slate-300 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">{t("weekTitle")}</legend>
        <p className="text-sm text-slate-700">{t("windowsHint")}</p>
        {DAYS.map((d) => (
          <TextField key={d} form={f} name={d} label={t(d)} maxLength={200} />
        ))}
      </fieldset>
      <TextAreaField form={f} name="daysOff" label={t("daysOff")} hint={t("daysOffHint")} maxLength={4000} rows={4} />
      <fieldset className="space-y-3 rounded border border-slate-300 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">{t("rulesTitle")}</legend>
        {RULES.map((r) => (
          <TextField key={r} form={f} name={r} label={t(r)} inputMode="numeric" maxLength={4} />
        ))}
      </fieldset>
      <SubmitRow form={f} label={t("save")} />
    </form>
  );
}
