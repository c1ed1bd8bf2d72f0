"use client";
import { CallTimeFields } from "./call-time-fields";
import { useTranslations } from "next-intl";
import { scheduleAppointmentSchema } from "@/lib/schemas/follow-up";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
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
      <CallTimeFields form={f} />
      <SubmitRow form={f} label={t("scheduleSubmit")} />
    </form>
  );
}
