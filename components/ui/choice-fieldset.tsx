import type { ReactNode } from "react";
import { FieldNotes, describedByOf } from "./field";

/**
 * Radios or checkboxes under one legend, with the error linked through
 * aria-describedby. `id` is the first control's id (the error summary links to it).
 */
export function ChoiceFieldset({ id, legend, error, hint, children }: { id: string; legend: string; error?: string; hint?: string; children: ReactNode }) {
  return (
    <fieldset aria-describedby={describedByOf(id, hint, error)} className={error ? "border-l-4 border-red-700 pl-3" : undefined}>
      <legend className="font-semibold">{legend}</legend>
      <FieldNotes id={id} hint={hint} error={error} />
      <div className="mt-1 space-y-1">{children}</div>
    </fieldset>
  );
}

/** One radio or checkbox with its label. */
export function Choice({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="flex items-center gap-2">
      {children}
      {label}
    </label>
  );
}
