import type { AppLocale, Messages } from "@/lib/i18n";
import { format } from "@/lib/i18n";

/** The caseload's held sessions per week: bars, with the same figures as a list for screen readers. */
export function WeeklyChart({ weeks, locale, m }: { weeks: { weekStart: Date; held: number }[]; locale: AppLocale; m: Messages }) {
  const t = m.caseload.chart;
  const max = Math.max(1, ...weeks.map((w) => w.held));
  const label = (d: Date) =>
    new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { day: "numeric", month: "short", timeZone: "Europe/Paris" }).format(d);
  return (
    <section aria-labelledby="chart-title" className="mb-6 rounded border border-slate-300 bg-white p-4">
      <h2 id="chart-title" className="text-lg font-semibold">
        {t.title}
      </h2>
      <div aria-hidden="true" className="mt-3 flex h-32 items-end gap-1">
        {weeks.map((w) => (
          <div key={w.weekStart.toISOString()} className="flex flex-1 flex-col items-center justify-end">
            <span className="text-xs text-slate-800">{w.held}</span>
            <div className="w-full rounded-t bg-brand-700" style={{ height: `${(w.held / max) * 100}px` }} />
            <span className="mt-1 text-[0.65rem] text-slate-700">{label(w.weekStart)}</span>
          </div>
        ))}
      </div>
      <ul className="sr-only">
        {weeks.map((w) => (
          <li key={w.weekStart.toISOString()}>{format(t.weekOf, { date: label(w.weekStart), count: w.held })}</li>
        ))}
      </ul>
    </section>
  );
}
