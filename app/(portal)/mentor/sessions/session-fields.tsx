"use client";
import type { ReactNode } from "react";
import type { UseFormRegister } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import type { SummaryError } from "@/components/ui/error-summary";
import { DURATIONS, SESSION_KINDS } from "@/lib/schemas/session";
import { format, type Messages } from "@/lib/i18n";

export type SessionFormMessages = {
  t: Messages["sessions"];
  kinds: Messages["sessionKind"];
  statuses: Messages["sessionStatus"];
};

type WhenValues = { kind: string; date: string; time: string; durationMinutes: string };

/** A group of radio buttons under a legend, its error linked like a field's. */
export function RadioGroup({
  id,
  legend,
  error,
  children,
}: {
  id: string;
  legend: string;
  error?: string;
  children: (describedBy?: string) => ReactNode;
}) {
  return (
    <fieldset className={error ? "border-l-4 border-red-700 pl-3" : undefined} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="font-semibold">{legend}</legend>
      {error ? (
        <p id={`${id}-error`} className="mt-1 font-semibold text-red-800">
          {error}
        </p>
      ) : null}
      <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2">{children(error ? `${id}-error` : undefined)}</div>
    </fieldset>
  );
}

export function Radio({ id, label, ...rest }: { id: string; label: string } & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <label htmlFor={id} className="flex items-center gap-2">
      <input id={id} type="radio" className="h-5 w-5" {...rest} />
      {label}
    </label>
  );
}

/** Kind, date, time and duration: the fields a plan and an edit share. */
export function WhenFields<T extends WhenValues>({
  register,
  message,
  m,
  currentDuration,
}: {
  register: UseFormRegister<T>;
  message: (field: keyof WhenValues) => string | undefined;
  m: SessionFormMessages;
  currentDuration?: string;
}) {
  // T has at least these fields: registering them by name is safe.
  const reg = register as unknown as UseFormRegister<WhenValues>;
  const durations = currentDuration && !(DURATIONS as readonly string[]).includes(currentDuration) ? [...DURATIONS, currentDuration] : DURATIONS;
  return (
    <>
      <RadioGroup id="kind" legend={m.t.plan.kind} error={message("kind")}>
        {(describedBy) =>
          SESSION_KINDS.map((kind, i) => (
            <Radio key={kind} id={i === 0 ? "kind" : `kind-${kind}`} label={m.kinds[kind]} value={kind} aria-describedby={describedBy} {...reg("kind")} />
          ))
        }
      </RadioGroup>
      <Field id="date" label={m.t.plan.date} error={message("date")}>
        {(a11y) => <input {...a11y} {...reg("date")} type="date" className={inputClass} />}
      </Field>
      <Field id="time" label={m.t.plan.time} hint={m.t.plan.timeHint} error={message("time")}>
        {(a11y) => <input {...a11y} {...reg("time")} type="time" className={inputClass} />}
      </Field>
      <Field id="durationMinutes" label={m.t.plan.duration} error={message("durationMinutes")}>
        {(a11y) => (
          <select {...a11y} {...reg("durationMinutes")} className={inputClass}>
            {durations.map((d) => (
              <option key={d} value={d}>
                {format(m.t.duration, { count: d })}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}

/** The error summary's entries, in the order of the fields on the page. */
export function summaryOf(order: string[], message: (field: string) => string | undefined, formError?: string | null): SummaryError[] {
  return [
    ...(formError ? [{ message: formError }] : []),
    ...order.flatMap((field) => {
      const text = message(field);
      return text ? [{ fieldId: field, message: text }] : [];
    }),
  ];
}
