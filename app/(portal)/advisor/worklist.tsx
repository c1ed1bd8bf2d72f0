import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { Dates } from "@/lib/i18n/dates";
import type { Worklist } from "@/lib/server/data/worklist";

/** One group of the worklist: a heading with its count, then one link per row. */
function Group({ id, title, count, empty, children }: { id: string; title: string; count: string; empty: string; children: ReactNode[] }) {
  return (
    <section aria-labelledby={`${id}-title`} id={id} className="rounded border border-slate-300 bg-white p-4">
      <h3 id={`${id}-title`} className="font-semibold">
        {title} <span className="font-normal text-slate-700">— {count}</span>
      </h3>
      {children.length === 0 ? <p className="mt-1 text-slate-700">{empty}</p> : <ul className="mt-2 list-disc space-y-1 pl-5">{children}</ul>}
    </section>
  );
}

/** The top of /advisor: what needs doing now, each row a link to where it is done. */
export async function WorklistView({ worklist: w, d }: { worklist: Worklist; d: Dates }) {
  const t = await getTranslations("worklist");
  return (
    <section aria-labelledby="worklist-title" className="mb-8">
      <h2 id="worklist-title" className="mb-1 text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="mb-3 text-slate-700">{t("since", { date: d.instant(w.sinceAt) })}</p>
      <div className="grid gap-3 md:grid-cols-2">
        <Group id="worklist-new" title={t("newRequests")} count={t("newRequestsCount", { count: w.newRequests.length })} empty={t("empty")}>
          {w.newRequests.map((r) => (
            <li key={r.id}>
              <Link href={`/advisor/requests/${r.id}`}>
                {t(r.side === "MENTOR" ? "newAlert" : "newRequest", { number: r.number, subject: r.subject, learner: r.learnerName, date: d.instant(r.at) })}
              </Link>
            </li>
          ))}
        </Group>
        <Group id="worklist-replies" title={t("replies")} count={t("repliesCount", { count: w.replies.length })} empty={t("empty")}>
          {w.replies.map((r) => (
            <li key={r.id}>
              <Link href={`/advisor/requests/${r.requestId}`}>{t("reply", { author: r.authorName, number: r.number, subject: r.subject, date: d.instant(r.at) })}</Link>
            </li>
          ))}
        </Group>
        <Group id="worklist-signals" title={t("signals")} count={t("signalsCount", { count: w.signals.length })} empty={t("empty")}>
          {w.signals.map((s) => (
            <li key={s.id}>
              <Link href={`/advisor/signals/${s.learnerId}`}>{t("signal", { learner: s.learnerName, kind: t(`signalKind.${s.kind}`), week: s.isoWeek })}</Link>
            </li>
          ))}
        </Group>
        <Group id="worklist-second-calls" title={t("secondCalls")} count={t("secondCallsCount", { count: w.secondCalls.length })} empty={t("empty")}>
          {w.secondCalls.map((c) => (
            <li key={c.caseId}>
              <Link href={`/advisor/learners/${c.learnerId}/cases/${c.caseId}`}>
                {c.bookedAt ? t("secondCallBooked", { learner: c.learnerName, date: d.instant(c.bookedAt) }) : t("secondCallToBook", { learner: c.learnerName })}
              </Link>
            </li>
          ))}
        </Group>
        <Group id="worklist-overdue" title={t("overdue")} count={t("overdueCount", { count: w.overdue.length })} empty={t("empty")}>
          {w.overdue.map((r) => (
            <li key={r.id}>
              <Link href={`/advisor/requests/${r.id}`}>
                {t(r.late === "firstResponse" ? "overdueFirstResponse" : "overdueResolution", { number: r.number, subject: r.subject, learner: r.learnerName })}
              </Link>
            </li>
          ))}
        </Group>
      </div>
    </section>
  );
}
