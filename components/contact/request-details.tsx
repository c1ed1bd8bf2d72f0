import type { Messages, AppLocale } from "@/lib/i18n";
import { formatDay } from "@/lib/i18n/dates";

type Details = Record<string, unknown>;

/** The topic's fields as label/value pairs; unknown keys are not shown. */
function rows(details: Details, m: Messages, locale: AppLocale): [string, string][] {
  const f = m.contact.fields;
  const out: [string, string][] = [];
  const text = (key: string) => (typeof details[key] === "string" || typeof details[key] === "number" ? String(details[key]) : null);
  const day = (key: string) => {
    const v = text(key);
    return v ? formatDay(new Date(`${v}T00:00:00Z`), locale) : null;
  };
  const push = (label: string, value: string | null) => {
    if (value) out.push([label, value]);
  };
  push(f.project, text("project"));
  push(f.sessionCount, text("sessionCount"));
  push(f.startDate, day("startDate"));
  push(f.endDate, day("endDate"));
  push(f.evidence, text("evidence"));
  const breakKind = text("breakKind");
  push(f.breakKind, breakKind ? (f.breakKinds as Record<string, string>)[breakKind] ?? breakKind : null);
  const absenceKind = text("absenceKind");
  push(f.absenceKind, absenceKind ? (f.absenceKinds as Record<string, string>)[absenceKind] ?? absenceKind : null);
  push(f.accommodation, text("accommodation"));
  push(f.healthDetails, text("healthDetails"));
  return out;
}

export function RequestDetails({ details, m, locale }: { details: Details; m: Messages; locale: AppLocale }) {
  const list = rows(details, m, locale);
  if (list.length === 0) return null;
  return (
    <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
      {list.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-semibold">{label}</dt>
          <dd className="whitespace-pre-wrap">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
