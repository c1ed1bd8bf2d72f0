"use client";
import { useState } from "react";
import { weeklyCommitmentSchema } from "@/lib/schemas/session";
import { MAX_WEEKLY_COMMITMENT, MIN_WEEKLY_COMMITMENT } from "@/lib/domain/commitment";
import { FormErrorSummary, useActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { setWeeklyCommitmentAction } from "@/lib/server/actions/weekly-commitment";

const VALUES = Array.from({ length: MAX_WEEKLY_COMMITMENT - MIN_WEEKLY_COMMITMENT + 1 }, (_, i) => MIN_WEEKLY_COMMITMENT + i);

export type CommitmentFormText = {
  label: string;
  /** "pour Léa Martin": tells a screen reader whose commitment, in a table of learners. */
  of: string;
  options: Record<number, string>;
  submit: string;
  saved: string;
};

/** A learner's weekly commitment, changed in place (advisor for their own learners, admin for any). */
export function WeeklyCommitmentForm({ learnerId, value, text }: { learnerId: string; value: number; text: CommitmentFormText }) {
  // The saved value is what the select shows after a success (the form is an edit form).
  const [saved, setSaved] = useState(String(value));
  const f = useActionForm({
    schema: weeklyCommitmentSchema,
    action: setWeeklyCommitmentAction,
    defaultValues: { learnerId, value: saved },
    fields: { value: `${text.label} ${text.of}` },
    success: text.saved,
    onSuccess: (_, values) => setSaved(values.value),
    idPrefix: `commitment-${learnerId}-`,
  });
  const id = f.idOf("value");
  const error = f.errorOf("value");
  return (
    <form noValidate onSubmit={f.onSubmit} className="flex flex-wrap items-end gap-2">
      <FormErrorSummary form={f} />
      <div>
        <label htmlFor={id} className="block text-sm font-medium">
          {text.label}
          <span className="sr-only"> {text.of}</span>
        </label>
        <select
          id={id}
          {...f.register("value")}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="rounded border-2 border-slate-700 bg-white px-2 py-1"
        >
          {VALUES.map((n) => (
            <option key={n} value={n}>
              {text.options[n]}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary" size="sm" pending={f.pending}>
        {text.submit}
        <span className="sr-only"> {text.of}</span>
      </Button>
      <p role="status" aria-live="polite" className="w-full text-sm">
        {f.status?.tone === "success" ? f.status.message : ""}
      </p>
      {error ? (
        <p id={`${id}-error`} className="w-full text-sm font-semibold text-red-800">
          {error}
        </p>
      ) : null}
    </form>
  );
}
