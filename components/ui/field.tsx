import type { ReactNode } from "react";

/** A labelled control with its hint and error linked through aria-describedby. */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (props: { id: string; "aria-describedby"?: string; "aria-invalid"?: true }) => ReactNode;
}) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={error ? "border-l-4 border-red-700 pl-3" : undefined}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 font-semibold text-red-800">
          {error}
        </p>
      ) : null}
      <div className="mt-1">{children({ id, "aria-describedby": describedBy, "aria-invalid": error ? true : undefined })}</div>
    </div>
  );
}

export const inputClass =
  "block w-full max-w-md rounded border-2 border-slate-700 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700";

export const buttonClass =
  "inline-flex items-center rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60";
