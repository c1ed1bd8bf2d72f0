import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

type Tiles = { atRisk: number; withoutSessionThisWeek: number; alertsWaiting: number; appointmentsToday: number };

/** The summary tiles; each links to the rows it counts. */
export async function CaseloadTiles({ tiles }: { tiles: Tiles }) {
  const [t, w, format] = await Promise.all([getTranslations("caseload.tiles"), getTranslations("worklist"), getFormatter()]);
  const items: [string, number, string][] = [
    [t("atRisk"), tiles.atRisk, "/advisor?only=atRisk#caseload"],
    [t("withoutSession"), tiles.withoutSessionThisWeek, "/advisor?only=noSession#caseload"],
    [t("alertsWaiting"), tiles.alertsWaiting, "/advisor/requests?queue=open&side=MENTOR"],
    [t("appointmentsToday"), tiles.appointmentsToday, "/advisor#worklist-calls"],
  ];
  return (
    <section aria-labelledby="tiles-title" className="mb-6">
      <h2 id="tiles-title" className="sr-only">
        {t("title")}
      </h2>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
        {items.map(([label, value, href]) => (
          <div key={label} className="rounded border border-slate-300 bg-white p-3">
            <dt className="text-sm text-slate-700">{label}</dt>
            <dd className="text-2xl font-bold">
              <Link href={href} aria-label={w("tileLink", { label: `${label} (${format.number(value)})` })}>
                {format.number(value)}
              </Link>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
