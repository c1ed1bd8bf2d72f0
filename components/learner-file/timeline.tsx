import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Dates } from "@/lib/i18n/dates";
import type { TimelineEntry } from "@/lib/domain/timeline";
import { weekOfKey } from "./week-label";

/** Everything about the learner, newest first, each entry in words. */
export async function Timeline({ learnerId, entries, linkCases, d }: { learnerId: string; entries: TimelineEntry[]; linkCases: boolean; d: Dates }) {
  const [t, tr] = await Promise.all([getTranslations("learnerFile"), getTranslations()]);
  // The entries carry codes and ISO days; a person reads words and dates.
  const loose = tr as unknown as (key: string) => string;
  const day = (iso: string) => (iso ? d.day(new Date(`${iso.slice(0, 10)}T00:00:00Z`)) : "");
  const text = (e: TimelineEntry): string => {
    const v = e.detail;
    switch (e.kind) {
      case "session":
        return t("event.session", { status: `${loose(`sessionKind.${v.type}`)} · ${loose(`sessionStatus.${v.status}`)}` });
      case "request":
        return t("event.request", { number: v.number, subject: `${v.subject} (${loose(`requestStatus.${v.status}`)})` });
      case "break":
        return t("event.break", { status: loose(`learnerFile.breakStatus.${v.status}`).toLowerCase(), start: day(v.start), end: day(v.end) });
      case "case-opened":
        return t("event.case-opened", { reason: loose(`caseload.reasons.${v.reason}`) });
      case "case-closed":
        return t("event.case-closed", { outcome: v.outcome ? loose(`learnerFile.outcome.${v.outcome}`) : "" });
      case "appointment":
        return t("event.appointment", { type: loose(`cases.kind.${v.type}`).toLowerCase(), status: loose(`cases.apptStatus.${v.status}`) });
      case "exchange":
        return t("event.exchange", { organisation: v.organisation, channel: loose(`stakeholders.channel.${v.channel}`), summary: v.summary });
      case "signal":
        return t("event.signal", { type: loose(`learnerFile.signalKind.${v.type}`), week: t("signalWeek", { date: weekOfKey(v.week, d) }) });
      case "signal-handled":
        return t(v.note ? "event.signal-handled" : "event.signal-handled-no-note", {
          type: loose(`learnerFile.signalKind.${v.type}`),
          week: t("signalWeek", { date: weekOfKey(v.week, d) }),
          note: v.note,
        });
      case "milestone":
        return t("event.milestone", { label: v.label });
    }
  };
  return (
    <section aria-labelledby="timeline-title" className="mt-8">
      <h2 id="timeline-title" className="mb-3 text-lg font-semibold">
        {t("timeline")}
      </h2>
      {entries.length === 0 ? <p>{t("noTimeline")}</p> : null}
      <ol className="space-y-2 border-l-2 border-slate-300 pl-4">
        {entries.map((e) => (
          <li key={e.id}>
            <time dateTime={e.at.toISOString()} className="text-sm text-slate-700">
              {d.instant(e.at)}
            </time>
            <p>{e.href && linkCases ? <Link href={`/advisor/learners/${learnerId}/cases/${e.href}`}>{text(e)}</Link> : text(e)}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
