import type { Ref, SelectHTMLAttributes } from "react";
import { Field } from "./field";

export type SelectOption = { value: string; label: string };

/** The one look of a select, in a form or a filter bar. */
export const selectClass =
  "block w-full max-w-md rounded border-2 border-slate-700 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700";

/**
 * A select labelled through Field (label, hint and error linked by aria-describedby).
 * `placeholder` adds an empty first option ("Tous", "Choisir…"). Spread react-hook-form's
 * `register(name)` into it, or use `name`/`defaultValue` in a plain GET form.
 */
export function Select({
  id,
  label,
  hint,
  error,
  options,
  placeholder,
  className,
  ref,
  ...props
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "children"> & {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  options: readonly SelectOption[];
  placeholder?: string;
  ref?: Ref<HTMLSelectElement>;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(a11y) => (
        <select {...props} {...a11y} ref={ref} className={`${selectClass} ${className ?? ""}`}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
