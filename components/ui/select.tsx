import type { Ref, SelectHTMLAttributes } from "react";
import { Field, inputClass } from "./field";

export type SelectOption = { value: string; label: string };
/** Options shown under a heading of their own (`<optgroup>`). */
export type SelectGroup = { group: string; options: readonly SelectOption[] };

const renderOptions = (options: readonly SelectOption[]) =>
  options.map((option) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  ));

/**
 * A select labelled through Field (label, hint and error linked by aria-describedby).
 * `placeholder` adds an empty first option ("Tous", "Choisir…"). Spread react-hook-form's
 * `register(name)` into it (SelectField does), or use `name`/`defaultValue` in a plain GET form.
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
  options: readonly (SelectOption | SelectGroup)[];
  placeholder?: string;
  ref?: Ref<HTMLSelectElement>;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(a11y) => (
        <select {...props} {...a11y} ref={ref} className={`${inputClass} ${className ?? ""}`}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((item) =>
            "group" in item ? (
              <optgroup key={`group-${item.group}`} label={item.group}>
                {renderOptions(item.options)}
              </optgroup>
            ) : (
              renderOptions([item])
            ),
          )}
        </select>
      )}
    </Field>
  );
}
