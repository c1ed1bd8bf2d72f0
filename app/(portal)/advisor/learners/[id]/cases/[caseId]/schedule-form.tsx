"use client";
import { useTranslations } from "next-intl";
import { DURATIONS, scheduleAppointmentSchema } from "@/lib/schemas/follow-up";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { SelectField, TextField } from "@/components/ui/form-fields";
import { scheduleAppointmentAction } from "../actions";

export function ScheduleForm({ caseId, title }: { caseId: string; title: string }) {
  const t = useTranslations("cases");
  const f = useActionForm({
    schema: scheduleAppointmentSchema,
    action: scheduleAppointmentAction,
    defaultValues: { caseId, date: "", time: "", durationMinutes: "30" },
    fields: { date: t("date"), time: t("time"), durationMinutes: t("duration") },
    errors: "cases.errors",
    success: t("scheduled"),
    idPrefix: "schedule-",
  });
  return (
    <form noValidate onSubmit={f.onSubmit} aria-labelledby="schedule-title" className="mt-4 space-y-3 rounded border border-slate-300 p-3">
      <h3 id="schedule-title" className="font-semibold">
        {title}
      </h3>
      <p className="text-sm text-slate-700">{t("scheduleHint")}</p>
      <FormErrorSummary form={f} />
      <div className="grid gap-3 md:grid-cols-3">
        <TextField form={f} name="date" type="date" label={t("date")} />
        <TextField form={f} name="time" type="time" label={t("time")} />
        <SelectField form={f} name="durationMinutes" label={t("duration")} options={DURATIONS.map((d) => ({ value: d, label: t("minutes", { count: Number(d) }) }))} />
      </div>
      <SubmitRow form={f} label={t("scheduleSubmit")} />
    </form>
  );
}
