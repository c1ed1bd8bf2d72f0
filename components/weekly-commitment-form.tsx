"use client";
import { useActionState, useState } from "react";
import { updateWeeklyCommitmentAction, type CommitmentFormState } from "@/lib/server/actions/weekly-commitment";
import { MAX_WEEKLY_COMMITMENT, MIN_WEEKLY_COMMITMENT } from "@/lib/domain/commitment";
import { format, type Messages } from "@/lib/i18n";

const VALUES = Array.from({ length: MAX_WEEKLY_COMMITMENT - MIN_WEEKLY_COMMITMENT + 1 }, (_, i) => MIN_WEEKLY_COMMITMENT + i);

/**
 * A learner's weekly commitment, changed in place (advisor for their own learners, admin for
 * any). Works without JavaScript; the result is announced in a status region.
 */
export function WeeklyCommitmentForm({
  learnerId,
  learnerName,
  value,
  m,
}: {
  learnerId: string;
  learnerName: string;
  value: number;
  m: Pick<Messages["sessions"], "commitmentForm" | "errors">;
}) {
  const [state, action, pending] = useActionState<CommitmentFormState, FormData>(updateWeeklyCommitmentAction, { status: "idle" });
  // Controlled, so the choice stays shown after React resets the form on submit.
  const [selected, setSelected] = useState(String(value));
  const t = m.commitmentForm;
  const id = `commitment-${learnerId}`;
  const error = state.status === "error" ? ((m.errors as unknown as Record<string, string>)[state.error ?? ""] ?? state.error) : undefined;
  return (
    <form action={action} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="learnerId" value={learnerId} />
      <div>
        <label htmlFor={id} className="block text-sm font-medium">
          {t.label}
          <span className="sr-only"> {format(t.of, { name: learnerName })}</span>
        </label>
        <select
          id={id}
          name="value"
          value={selected}
          onChange={(event) => setSelected(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="rounded border-2 border-slate-700 bg-white px-2 py-1"
        >
          {VALUES.map((n) => (
            <option key={n} value={n}>
              {format(t.option, { count: n })}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={pending} className="rounded border-2 border-slate-700 bg-white px-3 py-1 font-semibold hover:bg-slate-100">
        {t.submit}
        <span className="sr-only"> {format(t.of, { name: learnerName })}</span>
      </button>
      <p role="status" className="w-full text-sm">
        {state.status === "saved" ? t.saved : null}
      </p>
      {error ? (
        <p id={`${id}-error`} className="w-full text-sm font-semibold text-red-800">
          {error}
        </p>
      ) : null}
    </form>
  );
}
