import { getLocale, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/config";
import { dates } from "@/lib/i18n/dates";

type Details = Record<string, unknown>;

/** The topic's fields as label/value pairs; unknown keys are not shown. */
type Fields = Awaited<ReturnType<typeof getTranslations<"contact.fields">>>;

function rows(details: Details, f: Fields, locale: AppLocale): [string, string][] {
  const out: [string, string][] = [];
  const text = (key: string) => (typeof details[key] === "string" || typeof details[key] === "number" ? String(details[key]) : null);
  const day = (key: string) => {
    const v = text(key);
    return v ? dates(locale).day(new Date(`${v}T00:00:00Z`)) : null;
  };
  const push = (label: string, value: string | null) => {
    if (value) out.push([label, value]);
  };
  // An RQTH request keeps its subject and message in its confidential part (data/contact.ts).
  push(f("subject"), text("subject"));
  push(f("message"), text("message"));
  push(f("project"), text("project"));
  push(f("sessionCount"), text("sessionCount"));
  push(f("startDate"), day("startDate"));
  push(f("endDate"), day("endDate"));
  push(f("evidence"), text("evidence"));
  const breakKind = text("breakKind");
  push(f("breakKind"), breakKind ? (f.has(`breakKinds.${breakKind}` as never) ? f(`breakKinds.${breakKind}` as never) : breakKind) : null);
  const absenceKind = text("absenceKind");
  push(f("absenceKind"), absenceKind ? (f.has(`absenceKinds.${absenceKind}` as never) ? f(`absenceKinds.${absenceKind}` as never) : absenceKind) : null);
  push(f("accommodation"), text("accommodation"));
  push(f("healthDetails"), text("healthDetails"));
  // What was added later through the duplicate panel (an RQTH detail: data/duplicates.ts).
  const additions = Array.isArray(details.additions) ? details.additions : [];
  for (const addition of additions) {
    if (typeof addition !== "object" || addition === null) continue;
    const a = addition as Details;
    const date = typeof a.addedAt === "string" ? dates(locale).instant(new Date(a.addedAt)) : "";
    for (const key of ["subject", "message", "accommodation"] as const) {
      if (typeof a[key] === "string" && a[key]) out.push([f("addition", { field: f(key), date }), a[key] as string]);
    }
  }
  return out;
}

export async function RequestDetails({ details }: { details: Details }) {
  const [f, locale] = await Promise.all([getTranslations("contact.fields"), getLocale()]);
  const list = rows(details, f, locale);
  if (list.length === 0) return null;
  return (
    <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
      {list.map(([label, value], i) => (
        <div key={`${i}-${label}`} className="contents">
          <dt className="font-semibold">{label}</dt>
          <dd className="whitespace-pre-wrap">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
