"use client";
import { useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import type { ActionForm } from "@/components/ui/action-form";
import { Choice, ChoiceFieldset } from "@/components/ui/choice-fieldset";
import { SelectField, TextField } from "@/components/ui/form-fields";
import { DURATIONS, SESSION_KINDS } from "@/lib/schemas/session";

type WhenValues = { kind: string; date: string; time: string; durationMinutes: string };

/** The labels of the fields a plan and an edit share, in display order. */
export function useWhenLabels() {
  const t = useTranslations("sessions.plan");
  return { kind: t("kind"), date: t("date"), time: t("time"), durationMinutes: t("duration") };
}

/** Radios under one legend; the first carries the field's id (the error summary links to it). */
export function RadioField<T extends Record<string, string>>({
  form,
  name,
  legend,
  options,
}: {
  form: ActionForm<T>;
  name: string & keyof T;
  legend: string;
  options: { value: string; label: string }[];
}) {
  const f = form as unknown as ActionForm<Record<string, string>>;
  return (
    <ChoiceFieldset id={f.idOf(name)} legend={legend} error={f.errorOf(name)}>
      {options.map((o, i) => (
        <Choice key={o.value} label={o.label}>
          <input {...f.register(name)} id={i === 0 ? f.idOf(name) : `${f.idOf(name)}-${o.value}`} type="radio" value={o.value} className="h-5 w-5" />
        </Choice>
      ))}
    </ChoiceFieldset>
  );
}

/** Kind, date, time and duration: the fields a plan and an edit share. */
export function WhenFields<T extends WhenValues>({ form, currentDuration }: { form: ActionForm<T>; currentDuration?: string }) {
  const t = useTranslations("sessions");
  const kinds = useTranslations("sessionKind");
  const f = form as unknown as ActionForm<WhenValues>;
  const durations = currentDuration && !(DURATIONS as readonly string[]).includes(currentDuration) ? [...DURATIONS, currentDuration] : DURATIONS;
  return (
    <>
      <RadioField form={f} name="kind" legend={t("plan.kind")} options={SESSION_KINDS.map((kind) => ({ value: kind, label: kinds(kind) }))} />
      <TextField form={f} name="date" label={t("plan.date")} type="date" />
      <TextField form={f} name="time" label={t("plan.time")} hint={t("plan.timeHint")} type="time" />
      <SelectField
        form={f}
        name="durationMinutes"
        label={t("plan.duration")}
        options={durations.map((d) => ({ value: d, label: t("duration", { count: Number(d) }) }))}
      />
    </>
  );
}

/**
 * "Plan it anyway" when the learner is on an approved break: shown once the server has
 * warned (the warning names the break's days), and kept while ticked. Nothing typed is lost.
 */
export function ConfirmBreakField<T extends { confirmBreak?: unknown }>({ form }: { form: ActionForm<T> }) {
  const t = useTranslations("sessions.plan");
  const f = form as unknown as ActionForm<{ confirmBreak?: string | boolean }>;
  const ticked = useWatch({ control: f.form.control, name: "confirmBreak" });
  const error = f.errorOf("confirmBreak");
  if (!error && !ticked) return null;
  return (
    <ChoiceFieldset id={f.idOf("confirmBreak")} legend={t("confirmBreakLegend")} error={error}>
      <Choice label={t("confirmBreak")}>
        <input id={f.idOf("confirmBreak")} type="checkbox" value="yes" className="h-5 w-5" {...f.register("confirmBreak")} />
      </Choice>
    </ChoiceFieldset>
  );
}
