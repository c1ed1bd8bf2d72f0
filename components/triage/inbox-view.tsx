import Link from "next/link";
import { inboxQuery, type InboxFilters, type InboxQueue } from "@/lib/domain/inbox";
import type { countInboxQueues, listInbox } from "@/lib/server/data/inbox";
import { format, type AppLocale, type Messages } from "@/lib/i18n";
import { tableClass, tdClass, thClass } from "@/components/ui/page-heading";
import { InboxFiltersForm } from "./inbox-filters";
import { SlaBadge, currentSla } from "./sla-badge";
import { TableScroll } from "@/components/ui/table";

type Page = Awaited<ReturnType<typeof listInbox>>;
type Counts = Awaited<ReturnType<typeof countInboxQueues>>;

function age(createdAt: Date, now: Date, m: Messages) {
  const hours = Math.max(0, Math.floor((now.getTime() - createdAt.getTime()) / 3_600_000));
  return format(m.triage.ageValue, { days: Math.floor(hours / 24), hours: hours % 24 });
}

/** The inbox: queues with counts, filters, and one keyset page of requests. */
export function InboxView({
  basePath,
  threadPath,
  filters,
  page,
  counts,
  queues,
  m,
  now,
}: {
  basePath: string;
  /** Where one request opens: `${threadPath}/${id}`. */
  threadPath: string;
  filters: InboxFilters;
  page: Page;
  counts: Counts;
  queues: InboxQueue[];
  m: Messages;
  locale: AppLocale;
  now: Date;
}) {
  const t = m.triage;
  const countOf: Record<InboxQueue, number> = { triage: counts.triage, mine: counts.mine, open: counts.open, advisor: counts.advisors.reduce((s, a) => s + a.count, 0) };
  const current = (queue: InboxQueue, advisorId?: string) => filters.queue === queue && filters.advisorId === advisorId;
  return (
    <>
      <nav aria-label={t.queuesLabel} className="mb-4">
        <ul className="flex flex-wrap gap-2">
          {queues.map((queue) => (
            <li key={queue}>
              <Link
                href={`${basePath}${inboxQuery({ queue })}`}
                aria-current={current(queue) ? "page" : undefined}
                className={`inline-block rounded border-2 px-3 py-1 no-underline ${current(queue) ? "border-slate-900 bg-slate-900 text-white" : "border-slate-400 bg-white text-slate-900"}`}
              >
                {format(t.queueCount, { label: t.queues[queue], count: countOf[queue] })}
              </Link>
            </li>
          ))}
        </ul>
        {queues.includes("advisor") && counts.advisors.length > 0 ? (
          <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {counts.advisors.map((a) => (
              <li key={a.id}>
                <Link href={`${basePath}${inboxQuery({ queue: "advisor", advisorId: a.id })}`} aria-current={current("advisor", a.id) ? "page" : undefined}>
                  {format(t.advisorQueue, { name: a.name, count: a.count })}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </nav>
      <InboxFiltersForm filters={filters} basePath={basePath} m={m} />
      {page.items.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <TableScroll labelledBy="inbox-caption">
          <table className={tableClass}>
            <caption id="inbox-caption" className="mb-2 text-left text-slate-700">
              {format(t.results, { count: page.items.length, more: page.nextCursor ? t.more : "" })}
            </caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>{t.columns.request}</th>
                <th scope="col" className={thClass}>{t.columns.learner}</th>
                <th scope="col" className={thClass}>{t.columns.author}</th>
                <th scope="col" className={thClass}>{t.columns.age}</th>
                <th scope="col" className={thClass}>{t.columns.sla}</th>
                <th scope="col" className={thClass}>{t.columns.assignee}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((r) => (
                <tr key={r.id}>
                  <th scope="row" className={`${tdClass} font-medium`}>
                    <Link href={`${threadPath}/${r.id}`}>
                      {r.number} · {r.subject}
                    </Link>
                    <br />
                    <span className="font-normal text-slate-700">
                      {m.topics[r.topic]} · {m.requestStatus[r.status]} ·{" "}
                      <span className={r.priority === "URGENT" ? "font-semibold text-red-800" : undefined}>{m.priority[r.priority]}</span>
                    </span>
                  </th>
                  <td className={tdClass}>
                    {r.learner.user.firstName} {r.learner.user.lastName}
                  </td>
                  <td className={tdClass}>
                    {r.author.firstName} {r.author.lastName}
                    <br />
                    <span className="text-slate-700">{m.roles[r.author.role]}</span>
                  </td>
                  <td className={tdClass}>{age(r.createdAt, now, m)}</td>
                  <td className={tdClass}>
                    <SlaBadge state={currentSla(r, now)} m={m} />
                  </td>
                  <td className={tdClass}>{r.assignee ? `${r.assignee.firstName} ${r.assignee.lastName}` : t.unassigned}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {filters.after || page.nextCursor ? (
        <nav aria-label={m.common.pagination} className="mt-4 flex gap-4">
          {filters.after ? <Link href={`${basePath}${inboxQuery({ ...filters, after: undefined })}`}>{m.common.previous}</Link> : null}
          {page.nextCursor ? <Link href={`${basePath}${inboxQuery({ ...filters, after: page.nextCursor })}`}>{m.common.next}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
