"use client";
import { useTranslations } from "next-intl";
import type { ActionForm } from "@/components/ui/action-form";
import { SelectField, TextField } from "@/components/ui/form-fields";
import { DURATIONS } from "@/lib/schemas/follow-up";

type CallTime = { date: string; time: string; durationMinutes: string };

/** Date, time (Paris) and duration of a call: the same three fields to schedule, move or log one. */
export function CallTimeFields<T extends CallTime>({ form }: { form: ActionForm<T> }) {
  const t = useTranslations("cases");
  const f = form as unknown as ActionForm<CallTime>;
  return (
    <div className="grid gap-3 md:grid-cols-3">
      <TextField form={f} name="date" type="date" label={t("date")} />
      <TextField form={f} name="time" type="time" label={t("time")} />
      <SelectField form={f} name="durationMinutes" label={t("duration")} options={DURATIONS.map((d) => ({ value: d, label: t("minutes", { count: Number(d) }) }))} />
    </div>
  );
}
