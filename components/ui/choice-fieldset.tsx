import type { ReactNode } from "react";

/**
 * Radios or checkboxes under one legend, with the error linked through
 * aria-describedby. `id` is the first control's id (the error summary links to it).
 */
export function ChoiceFieldset({ id, legend, error, hint, children }: { id: string; legend: string; error?: string; hint?: string; children: ReactNode }) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset aria-describedby={describedBy} className={error ? "border-l-4 border-red-700 pl-3" : undefined}>
      <legend className="font-semibold">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="font-semibold text-red-800">
          {error}
        </p>
      ) : null}
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
