import { getFormatter, getTranslations } from "next-intl/server";

type Tiles = { atRisk: number; withoutSessionThisWeek: number; alertsWaiting: number; appointmentsToday: number };

export async function CaseloadTiles({ tiles }: { tiles: Tiles }) {
  const [t, format] = await Promise.all([getTranslations("caseload.tiles"), getFormatter()]);
  const items: [string, number][] = [
    [t("atRisk"), tiles.atRisk],
    [t("withoutSession"), tiles.withoutSessionThisWeek],
    [t("alertsWaiting"), tiles.alertsWaiting],
    [t("appointmentsToday"), tiles.appointmentsToday],
  ];
  return (
    <section aria-labelledby="tiles-title" className="mb-6">
      <h2 id="tiles-title" className="sr-only">
        {t("title")}
      </h2>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
        {items.map(([label, value]) => (
          <div key={label} className="rounded border border-slate-300 bg-white p-3">
            <dt className="text-sm text-slate-700">{label}</dt>
            <dd className="text-2xl font-bold">{format.number(value)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
