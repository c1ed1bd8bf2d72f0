"use client";
import { useEffect, useRef } from "react";

export type SummaryError = { fieldId?: string; message: string };

/**
 * The GOV.UK error summary: listed at the top of the form, focused after a
 * failed submit, each error a link to its field.
 */
export function ErrorSummary({ title, errors, attempt }: { title: string; errors: SummaryError[]; attempt: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
    // Focus again on every failed attempt, even with the same errors.
  }, [attempt, errors.length]);
  if (errors.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="mb-6 rounded border-4 border-red-700 bg-white p-4"
    >
      <h2 id="error-summary-title" className="text-lg font-bold text-slate-900">
        {title}
      </h2>
      <ul className="mt-2 list-disc pl-5">
        {errors.map((error) => (
          <li key={`${error.fieldId ?? "form"}-${error.message}`}>
            {error.fieldId ? (
              <a
                href={`#${error.fieldId}`}
                className="font-semibold text-red-800"
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(error.fieldId!)?.focus();
                }}
              >
                {error.message}
              </a>
            ) : (
              <span className="font-semibold text-red-800">{error.message}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
