import type { InputHTMLAttributes, ReactNode, Ref } from "react";

/** The ids a control's aria-describedby lists: its hint's and its error's, when shown. */
export function describedByOf(id: string, hint?: string, error?: string): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

/** A control's hint and error, with the ids `describedByOf` names (shared with ChoiceFieldset). */
export function FieldNotes({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
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
    </>
  );
}

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
  return (
    <div className={error ? "border-l-4 border-red-700 pl-3" : undefined}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <FieldNotes id={id} hint={hint} error={error} />
      <div className="mt-1">{children({ id, "aria-describedby": describedByOf(id, hint, error), "aria-invalid": error ? true : undefined })}</div>
    </div>
  );
}

/** The one look of a text control: inputs, textareas and selects (select.tsx, form-fields.tsx). */
export const inputClass =
  "block w-full max-w-md rounded border-2 border-slate-700 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700";

/**
 * An input labelled through Field. Spread react-hook-form's `register(name)` into it
 * (TextField does), or use `name`/`defaultValue` in a plain GET form.
 */
export function Input({
  id,
  label,
  hint,
  error,
  className,
  ref,
  ...props
}: Omit<InputHTMLAttributes<HTMLInputElement>, "id"> & { id: string; label: string; hint?: string; error?: string; ref?: Ref<HTMLInputElement> }) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(a11y) => <input {...props} {...a11y} ref={ref} className={`${inputClass} ${className ?? ""}`} />}
    </Field>
  );
}
