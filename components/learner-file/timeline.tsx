import Link from "next/link";
import type { AppLocale, Messages } from "@/lib/i18n";
import { format } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/dates";
import type { TimelineEntry } from "@/lib/domain/timeline";

/** Everything about the learner, newest first, each entry in words. */
export function Timeline({ learnerId, entries, linkCases, locale, m }: { learnerId: string; entries: TimelineEntry[]; linkCases: boolean; locale: AppLocale; m: Messages }) {
  const t = m.learnerFile;
  const words = (e: TimelineEntry): Record<string, string> => {
    const d = e.detail;
    switch (e.kind) {
      case "session":
        return { status: `${m.sessionKind[d.type as keyof Messages["sessionKind"]]} · ${m.sessionStatus[d.status as keyof Messages["sessionStatus"]]}` };
      case "request":
        return { ...d, subject: `${d.subject} (${m.requestStatus[d.status as keyof Messages["requestStatus"]]})` };
      case "break":
        return { ...d, status: t.breakStatus[d.status as keyof typeof t.breakStatus].toLowerCase() };
      case "case-opened":
        return { reason: m.caseload.reasons[d.reason as keyof Messages["caseload"]["reasons"]] };
      case "case-closed":
        return { outcome: d.outcome ? t.outcome[d.outcome as keyof typeof t.outcome] : "" };
      case "appointment":
        return { type: m.cases.kind[d.type as keyof Messages["cases"]["kind"]].toLowerCase(), status: m.cases.apptStatus[d.status as keyof Messages["cases"]["apptStatus"]] };
      case "exchange":
        return { ...d, channel: m.stakeholders.channel[d.channel as keyof Messages["stakeholders"]["channel"]] };
      case "signal":
        return { ...d, type: t.signalKind[d.type as keyof typeof t.signalKind] };
      case "milestone":
        return d;
    }
  };
  return (
    <section aria-labelledby="timeline-title" className="mt-8">
      <h2 id="timeline-title" className="mb-3 text-lg font-semibold">
        {t.timeline}
      </h2>
      {entries.length === 0 ? <p>{t.noTimeline}</p> : null}
      <ol className="space-y-2 border-l-2 border-slate-300 pl-4">
        {entries.map((e) => {
          const text = format(t.event[e.kind], words(e));
          return (
            <li key={e.id}>
              <time dateTime={e.at.toISOString()} className="text-sm text-slate-700">
                {formatDateTime(e.at, locale)}
              </time>
              <p>{e.href && linkCases ? <Link href={`/advisor/learners/${learnerId}/cases/${e.href}`}>{text}</Link> : text}</p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
