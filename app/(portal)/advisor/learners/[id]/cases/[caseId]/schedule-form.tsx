"use client";
import { DURATIONS, scheduleAppointmentSchema, type ScheduleAppointmentInput } from "@/lib/schemas/follow-up";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, buttonClass, inputClass } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { format, type Messages } from "@/lib/i18n";
import { scheduleAppointmentAction } from "../actions";

export function ScheduleForm({ learnerId, caseId, title, m }: { learnerId: string; caseId: string; title: string; m: Messages }) {
  const t = m.cases;
  const f = useActionForm<ScheduleAppointmentInput>({
    schema: scheduleAppointmentSchema,
    action: (values) => scheduleAppointmentAction(learnerId, values),
    defaultValues: { caseId, date: "", time: "", durationMinutes: "30" },
    messages: t.errors,
    fields: ["date", "time", "durationMinutes"],
    idPrefix: "schedule-",
  });
  return (
    <form noValidate onSubmit={f.onSubmit} aria-labelledby="schedule-title" className="mt-4 space-y-3 rounded border border-slate-300 p-3">
      <h3 id="schedule-title" className="font-semibold">
        {title}
      </h3>
      <p className="text-sm text-slate-700">{t.scheduleHint}</p>
      <ErrorSummary title={t.errorSummary} errors={f.summary} attempt={f.attempt} />
      <div className="grid gap-3 md:grid-cols-3">
        <Field id="schedule-date" label={t.date} error={f.errorOf("date")}>
          {(a11y) => <input {...a11y} type="date" {...f.register("date")} className={inputClass} />}
        </Field>
        <Field id="schedule-time" label={t.time} error={f.errorOf("time")}>
          {(a11y) => <input {...a11y} type="time" {...f.register("time")} className={inputClass} />}
        </Field>
        <Field id="schedule-durationMinutes" label={t.duration} error={f.errorOf("durationMinutes")}>
          {(a11y) => (
            <select {...a11y} {...f.register("durationMinutes")} className={inputClass}>
              {DURATIONS.map((d) => (
                <option key={d} value={d}>
                  {format(t.minutes, { count: d })}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <button type="submit" disabled={f.pending} className={buttonClass}>
        {t.scheduleSubmit}
      </button>
    </form>
  );
}
