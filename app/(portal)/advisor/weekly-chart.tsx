import { getFormatter, getTranslations } from "next-intl/server";
import { TIME_ZONE } from "@/lib/i18n/config";

/** The caseload's held sessions per week: bars, with the same figures as a list for screen readers. */
export async function WeeklyChart({ weeks }: { weeks: { weekStart: Date; held: number }[] }) {
  const [t, format] = await Promise.all([getTranslations("caseload.chart"), getFormatter()]);
  const max = Math.max(1, ...weeks.map((w) => w.held));
  // A bar's label is the week's Monday ("23 nov."), the list says "Semaine du 23 novembre".
  const short = (d: Date) => format.dateTime(d, { day: "numeric", month: "short", timeZone: TIME_ZONE });
  const long = (d: Date) => format.dateTime(d, { day: "numeric", month: "long", timeZone: TIME_ZONE });
  return (
    <section aria-labelledby="chart-title" className="mb-6 rounded border border-slate-300 bg-white p-4">
      <h2 id="chart-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <div aria-hidden="true" className="mt-3 flex h-32 items-end gap-1">
        {weeks.map((w) => (
          <div key={w.weekStart.getTime()} className="flex flex-1 flex-col items-center justify-end">
            <span className="text-xs text-slate-800">{format.number(w.held)}</span>
            <div className="w-full rounded-t bg-brand-700" style={{ height: `${(w.held / max) * 100}px` }} />
            <span className="mt-1 text-[0.65rem] text-slate-700">{short(w.weekStart)}</span>
          </div>
        ))}
      </div>
      <ul className="sr-only">
        {weeks.map((w) => (
          <li key={w.weekStart.getTime()}>{t("weekOf", { date: long(w.weekStart), count: w.held })}</li>
        ))}
      </ul>
    </section>
  );
}
