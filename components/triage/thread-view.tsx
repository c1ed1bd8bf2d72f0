import Link from "next/link";
import type { getRequestThread, listAssignees } from "@/lib/server/data/request-thread";
import { format, type AppLocale, type Messages } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/dates";
import { slaState } from "@/lib/domain/sla";
import { inboxQuery } from "@/lib/domain/inbox";
import { PageHeading } from "@/components/ui/page-heading";
import { RequestDetails } from "@/components/contact/request-details";
import { forwardAction, noteAction, reassignAction, replyAction, statusAction } from "@/lib/server/actions/triage";
import { ForwardForm, ReassignForm, StatusForm, TextActionForm } from "./thread-actions";
import { SlaBadge } from "./sla-badge";

type Thread = Awaited<ReturnType<typeof getRequestThread>>;
type Person = { firstName: string; lastName: string; role: keyof Messages["roles"] } | null;

/** The staff page of one request: overview with deadlines, the whole history, and the actions. */
export function ThreadView({
  thread,
  assignees,
  listPath,
  learnerFile,
  openCase,
  m,
  locale,
  now,
}: {
  thread: Thread;
  assignees: Awaited<ReturnType<typeof listAssignees>>;
  listPath: string;
  learnerFile: string;
  openCase: string | null;
  m: Messages;
  locale: AppLocale;
  now: Date;
}) {
  const t = m.triage.thread;
  const who = (p: Person) => (p ? `${p.firstName} ${p.lastName} (${m.roles[p.role]})` : t.nobody);
  const ref = { id: thread.id, version: thread.version };
  const advisor = thread.learner.advisor;
  const first = slaState(thread.createdAt, thread.firstResponseDueAt, thread.firstResponseAt, now);
  const resolution = slaState(thread.createdAt, thread.resolutionDueAt, thread.resolvedAt ?? thread.closedAt, now);
  const overview: [string, React.ReactNode][] = [
    [
      t.learner,
      <>
        <Link href={learnerFile}>
          {thread.learner.user.firstName} {thread.learner.user.lastName}
        </Link>{" "}
        (<Link href={`${listPath}${inboxQuery({ queue: "open", learnerId: thread.learnerId })}`}>{t.learnerRequests}</Link>)
      </>,
    ],
    [t.author, who(thread.author)],
    [t.assignee, who(thread.assignee)],
    [t.queue, m.queue[thread.queue]],
    [t.status, m.requestStatus[thread.status]],
    [t.priority, m.priority[thread.priority]],
    [t.received, formatDateTime(thread.createdAt, locale)],
  ];
  return (
    <>
      <p className="mb-4">
        <Link href={listPath}>{t.back}</Link>
      </p>
      <PageHeading title={thread.subject} intro={`${format(t.title, { number: thread.number })} · ${m.topics[thread.topic]}`} />
      <div className="grid gap-8 lg:grid-cols-[3fr_2fr]">
        <div className="space-y-8">
          <section aria-labelledby="overview-title" className="rounded border border-slate-300 bg-white p-4">
            <h2 id="overview-title" className="mb-2 text-lg font-semibold">
              {t.overview}
            </h2>
            <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
              {overview.map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="font-semibold">{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
            <ul className="mt-3 space-y-1 text-sm">
              {thread.firstResponseDueAt ? (
                <li>
                  <SlaBadge state={first} m={m} />{" "}
                  {format(m.triage.slaFirst, { state: m.triage.sla[first], due: formatDateTime(thread.firstResponseDueAt, locale) })}
                </li>
              ) : null}
              {thread.resolutionDueAt ? (
                <li>
                  <SlaBadge state={resolution} m={m} />{" "}
                  {format(m.triage.slaResolution, { state: m.triage.sla[resolution], due: formatDateTime(thread.resolutionDueAt, locale) })}
                </li>
              ) : null}
            </ul>
            {thread.loopClosedAt ? <p className="mt-2 font-semibold text-green-800">{format(t.loopClosed, { date: formatDateTime(thread.loopClosedAt, locale) })}</p> : null}
            <h3 className="mt-4 font-semibold">{t.message}</h3>
            <p className="whitespace-pre-wrap">{thread.message}</p>
            <div className="mt-3">
              <RequestDetails details={thread.details as Record<string, unknown>} m={m} locale={locale} />
            </div>
            {thread.sensitive ? (
              <div className="mt-3 border-l-4 border-amber-600 pl-3">
                <p className="font-semibold">{t.sensitive}</p>
                <RequestDetails details={thread.sensitive} m={m} locale={locale} />
              </div>
            ) : null}
            {thread.sensitiveHidden ? <p className="mt-3 text-sm">{t.sensitiveHidden}</p> : null}
          </section>
          <section aria-labelledby="history-title">
            <h2 id="history-title" className="mb-2 text-lg font-semibold">
              {t.history}
            </h2>
            <ol className="space-y-3">
              {thread.events.map((event) => (
                <li key={event.id} className={`rounded border bg-white p-3 ${event.visibility === "INTERNAL" ? "border-l-4 border-amber-600" : "border-slate-300"}`}>
                  <p className="text-sm text-slate-700">
                    <time dateTime={event.createdAt.toISOString()}>{formatDateTime(event.createdAt, locale)}</time> —{" "}
                    {format(t.events[event.type], {
                      actor: who(event.actor),
                      from: event.type === "REASSIGNED" ? who(event.fromAssignee) : event.fromStatus ? m.requestStatus[event.fromStatus] : "—",
                      to: event.type === "REASSIGNED" ? who(event.toAssignee) : event.toStatus ? m.requestStatus[event.toStatus] : "—",
                    })}
                    {event.visibility === "INTERNAL" ? <strong className="ml-2">[{t.internal}]</strong> : null}
                  </p>
                  {event.body ? <p className="mt-1 whitespace-pre-wrap">{event.body}</p> : null}
                </li>
              ))}
            </ol>
          </section>
        </div>
        <section aria-labelledby="actions-title" className="space-y-8">
          <h2 id="actions-title" className="text-lg font-semibold">
            {t.actions}
          </h2>
          {openCase ? (
            <p>
              <Link href={openCase} className="font-semibold">
                {t.openCase}
              </Link>
            </p>
          ) : null}
          {advisor ? (
            <ForwardForm
              reference={ref}
              advisorName={`${advisor.firstName} ${advisor.lastName}`}
              alreadyAssigned={advisor.id === thread.assignee?.id}
              action={forwardAction}
              m={m}
            />
          ) : null}
          <TextActionForm kind="reply" reference={ref} action={replyAction} m={m} />
          <TextActionForm kind="note" reference={ref} action={noteAction} m={m} />
          <StatusForm reference={ref} current={thread.status} action={statusAction} m={m} />
          <ReassignForm reference={ref} assignees={assignees} action={reassignAction} m={m} />
        </section>
      </div>
    </>
  );
}
