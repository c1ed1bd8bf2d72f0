import Link from "next/link";
import type { listMyRequests } from "@/lib/server/data/my-requests";
import { format, type AppLocale, type Messages } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/dates";

type Row = Awaited<ReturnType<typeof listMyRequests>>[number];

/** A requester's requests (learner) or alerts (mentor), with status, handler's role and public replies. */
export function MyRequestList({ rows, basePath, mentor, m, locale }: { rows: Row[]; basePath: string; mentor: boolean; m: Messages; locale: AppLocale }) {
  const t = m.contact.list;
  if (rows.length === 0) return <p>{mentor ? t.noAlerts : t.none}</p>;
  return (
    <ul className="space-y-4">
      {rows.map((row) => (
        <li key={row.id} className="rounded border border-slate-300 bg-white p-4">
          <h2 className="text-lg font-semibold">
            <Link href={`${basePath}/${row.id}`}>{row.subject}</Link>
          </h2>
          <p className="text-sm text-slate-700">
            {format(t.number, { number: row.number })} · {m.topics[row.topic]} · {formatDateTime(row.createdAt, locale)}
          </p>
          {mentor ? <p className="text-sm">{format(t.about, { name: `${row.learner.user.firstName} ${row.learner.user.lastName}` })}</p> : null}
          <p className="mt-1">
            <span className="rounded bg-slate-200 px-2 py-0.5 text-sm font-medium text-slate-900">{m.requestStatus[row.status]}</span>{" "}
            <span className="text-sm">{row.assignee ? format(t.handledBy, { role: m.roles[row.assignee.role] }) : t.waitingAssignment}</span>
          </p>
          {mentor && row.loopClosedAt ? (
            <p className="mt-1 text-sm font-semibold text-green-800">{format(t.loopClosed, { date: formatDateTime(row.loopClosedAt, locale) })}</p>
          ) : null}
          {row.events.length > 0 ? (
            <ul className="mt-2 space-y-2 border-l-4 border-slate-300 pl-3">
              {row.events.map((reply) => (
                <li key={reply.id}>
                  <p className="text-sm text-slate-700">
                    {formatDateTime(reply.createdAt, locale)} — {reply.actor ? m.roles[reply.actor.role] : "—"}
                  </p>
                  <p className="whitespace-pre-wrap">{reply.body}</p>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
