"use client";
import type { SlotView } from "@/lib/i18n/slot-labels";

export type SlotDay = { date: string; day: string; slots: SlotView[] };

/**
 * Free slots as buttons grouped by day: each button's accessible name says the day and the
 * times ("mardi 8 décembre, 10 h 00 à 10 h 30") and aria-pressed says which one is chosen.
 * Plain buttons in lists: Tab reaches each, Enter or Space chooses; nothing to drag.
 */
export function SlotPicker({
  id,
  title,
  count,
  days,
  selected,
  onSelect,
  error,
}: {
  id: string;
  title: string;
  count: string;
  days: SlotDay[];
  selected: string | undefined;
  onSelect: (startsAt: string) => void;
  error?: string;
}) {
  return (
    <section aria-labelledby={`${id}-title`} className={error ? "border-l-4 border-red-700 pl-3" : undefined}>
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {title}
      </h2>
      <p className="text-sm text-slate-700">{count}</p>
      {error ? (
        <p id={id} tabIndex={-1} className="mt-1 font-semibold text-red-800">
          {error}
        </p>
      ) : (
        <span id={id} tabIndex={-1} />
      )}
      <div className="mt-3 space-y-4">
        {days.map((d) => (
          <div key={d.date}>
            <h3 id={`${id}-${d.date}`} className="font-semibold first-letter:uppercase">
              {d.day}
            </h3>
            <ul aria-labelledby={`${id}-${d.date}`} className="mt-1 flex flex-wrap gap-2">
              {d.slots.map((s) => {
                const pressed = s.startsAt === selected;
                return (
                  <li key={s.startsAt}>
                    <button
                      type="button"
                      aria-pressed={pressed}
                      aria-label={s.label}
                      onClick={() => onSelect(s.startsAt)}
                      className={`rounded border-2 px-3 py-2 font-medium focus-visible:outline focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-blue-700 ${
                        pressed ? "border-blue-900 bg-blue-900 text-white" : "border-slate-700 bg-white text-slate-900 hover:bg-slate-100"
                      }`}
                    >
                      {pressed ? <span aria-hidden="true">✓ </span> : null}
                      {s.range}
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
