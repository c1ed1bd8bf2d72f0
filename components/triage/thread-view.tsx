import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { getRequestThread, listAssignees } from "@/lib/server/data/request-thread";
import { dates } from "@/lib/i18n/dates";
import { slaReadAt, slaState } from "@/lib/domain/sla";
import { inboxQuery } from "@/lib/domain/inbox";
import { moveLineArgs } from "@/lib/domain/request-history";
import { PageHeading } from "@/components/ui/page-heading";
import { ClientMessages } from "@/components/intl/client-messages";
import { RequestDetails } from "@/components/contact/request-details";
import { ForwardForm, ReassignForm, StatusForm, TextActionForm } from "./thread-forms";
import { SlaBadge, StatusBadge } from "./sla-badge";
import { PhoneLink } from "@/components/ui/phone-link";

import { AttachmentList, type AttachmentItem } from "@/components/attachments/attachment-list";

type Thread = Awaited<ReturnType<typeof getRequestThread>>;
type Person = { firstName: string; lastName: string; role: Thread["author"]["role"] } | null;

/** The staff page of one request: overview with deadlines, the whole history, and the actions. */
export async function ThreadView({
  thread,
  assignees,
  listPath,
  learnerFile,
  openCase,
  linkedCase,
  breakDecision,
  attachments,
  now,
}: {
  thread: Thread;
  assignees: Awaited<ReturnType<typeof listAssignees>>;
  listPath: string;
  learnerFile: string;
  openCase: string | null;
  /** The follow-up case opened from this request, linked for its advisor. */
  linkedCase: { status: "OPEN" | "CLOSED"; openedAt: Date; href: string | null } | null;
  /** The advisor's decision on the break this request asks for, while it waits for one. */
  breakDecision?: React.ReactNode;
  /** The request's documents this actor may download (special-category ones only for who reads the confidential part). */
  attachments: AttachmentItem[];
  now: Date;
}) {
  const [locale, t, triage, roles, statuses, topics, queues, priorities, common] = await Promise.all([
    getLocale(),
    getTranslations("triage.thread"),
    getTranslations("triage"),
    getTranslations("roles"),
    getTranslations("requestStatus"),
    getTranslations("topics"),
    getTranslations("queue"),
    getTranslations("priority"),
    getTranslations("common"),
  ]);
  const when = (date: Date) => dates(locale).instant(date, "dateTime");
  // The topic's details are rendered by the contact area's component, which still reads the catalogue object.
  const who = (p: Person) => (p ? `${p.firstName} ${p.lastName} (${roles(p.role)})` : t("nobody"));
  const ref = { id: thread.id, version: thread.version };
  const advisor = thread.learner.advisor;
  // While the request waits for its requester, its clock stands where the wait began.
  const clockAt = slaReadAt(thread.waitingSince, now);
  const first = slaState(thread.createdAt, thread.firstResponseDueAt, thread.firstResponseAt, clockAt);
  const resolution = slaState(thread.createdAt, thread.resolutionDueAt, thread.resolvedAt ?? thread.closedAt, clockAt);
  const overview: [string, React.ReactNode][] = [
    [
      t("learner"),
      <>
        <Link href={learnerFile}>
          {thread.learner.user.firstName} {thread.learner.user.lastName}
        </Link>{" "}
        (<Link href={`${listPath}${inboxQuery({ queue: "open", learnerId: thread.learnerId })}`}>{t("learnerRequests")}</Link>)
      </>,
    ],
    [common("learnerPhone"), thread.learner.user.phone ? <PhoneLink key="phone" phone={thread.learner.user.phone} /> : common("none")],
    [t("author"), who(thread.author)],
    [t("assignee"), who(thread.assignee)],
    [t("queue"), queues(thread.queue)],
    [t("status"), <StatusBadge key="status" status={thread.status} />],
    [t("priority"), priorities(thread.priority)],
    [t("received"), when(thread.createdAt)],
    ...(thread.break
      ? ([[t("break"), t("breakDates", { start: dates(locale).day(thread.break.startDate), end: dates(locale).day(thread.break.endDate), status: t(`breakStatus.${thread.break.status}`) })]] as [string, React.ReactNode][])
      : []),
  ];
  if (linkedCase) {
    const label = t("linkedCase", { date: when(linkedCase.openedAt), status: t(`caseStatus.${linkedCase.status}`) });
    overview.push([t("case"), linkedCase.href ? <Link key="case" href={linkedCase.href}>{label}</Link> : label]);
  }
  return (
    <>
      <p className="mb-4">
        <Link href={listPath}>{t("back")}</Link>
      </p>
      <PageHeading title={thread.subject} intro={`${t("title", { number: thread.number })} · ${topics(thread.topic)}`} />
      <div className="grid gap-8 lg:grid-cols-[3fr_2fr]">
        <div className="space-y-8">
          <section aria-labelledby="overview-title" className="rounded border border-slate-300 bg-white p-4">
            <h2 id="overview-title" className="mb-2 text-lg font-semibold">
              {t("overview")}
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
                  <SlaBadge state={first} /> {triage("slaFirst", { state: triage(`sla.${first}`), due: when(thread.firstResponseDueAt) })}
                </li>
              ) : null}
              {thread.waitingSince ? <li>{triage("slaPaused", { since: when(thread.waitingSince) })}</li> : null}
              {thread.resolutionDueAt ? (
                <li>
                  <SlaBadge state={resolution} /> {triage("slaResolution", { state: triage(`sla.${resolution}`), due: when(thread.resolutionDueAt) })}
                </li>
              ) : null}
            </ul>
            {thread.loopClosedAt ? <p className="mt-2 font-semibold text-green-800">{t("loopClosed", { date: when(thread.loopClosedAt) })}</p> : null}
            <h3 className="mt-4 font-semibold">{t("message")}</h3>
            <p className="whitespace-pre-wrap">{thread.message}</p>
            <div className="mt-3">
              <RequestDetails details={thread.details as Record<string, unknown>} />
            </div>
            {thread.sensitive ? (
              <div className="mt-3 border-l-4 border-amber-600 pl-3">
                <p className="font-semibold">{t("sensitive")}</p>
                <RequestDetails details={thread.sensitive} />
              </div>
            ) : null}
            {thread.sensitiveHidden ? <p className="mt-3 text-sm">{t("sensitiveHidden")}</p> : null}
          </section>
          <AttachmentList items={attachments} />
          <section aria-labelledby="history-title">
            <h2 id="history-title" className="mb-2 text-lg font-semibold">
              {t("history")}
            </h2>
            <ol className="space-y-3">
              {thread.events.map((event) => (
                <li key={event.id} className={`rounded border bg-white p-3 ${event.visibility === "INTERNAL" ? "border-l-4 border-amber-600" : "border-slate-300"}`}>
                  <p className="text-sm text-slate-700">
                    <time dateTime={event.createdAt.toISOString()}>{when(event.createdAt)}</time> —{" "}
                    {event.type === "REASSIGNED"
                      ? t("events.REASSIGNED", moveLineArgs(event, (queue) => t(`queueShort.${queue}`), t("nobody")))
                      : event.type === "STATUS_CHANGED" && !event.actor
                        ? t("events.AUTOMATIC_STATUS", { from: event.fromStatus ? statuses(event.fromStatus) : "—", to: event.toStatus ? statuses(event.toStatus) : "—" })
                        : t(`events.${event.type}`, {
                          actor: who(event.actor),
                          from: event.fromStatus ? statuses(event.fromStatus) : "—",
                          to: event.toStatus ? statuses(event.toStatus) : "—",
                        })}
                    {event.visibility === "INTERNAL" ? <strong className="ml-2">[{t("internal")}]</strong> : null}
                  </p>
                  {event.body ? <p className="mt-1 whitespace-pre-wrap">{event.body}</p> : null}
                </li>
              ))}
            </ol>
          </section>
        </div>
        <section aria-labelledby="actions-title" className="space-y-8">
          <h2 id="actions-title" className="text-lg font-semibold">
            {t("actions")}
          </h2>
          <ClientMessages namespaces={["triage", "requestStatus", "roles"]}>
            {/* The reply is the page's primary action: first, and the only primary button. */}
            <TextActionForm kind="reply" reference={ref} />
            {breakDecision}
            {openCase ? (
              <p>
                <Link href={openCase} className="font-semibold">
                  {t("openCase")}
                </Link>
              </p>
            ) : null}
            {advisor ? <ForwardForm reference={ref} advisorName={`${advisor.firstName} ${advisor.lastName}`} alreadyAssigned={advisor.id === thread.assignee?.id} /> : null}
            <TextActionForm kind="note" reference={ref} />
            <StatusForm reference={ref} current={thread.status} />
            <ReassignForm reference={ref} assignees={assignees} />
          </ClientMessages>
        </section>
      </div>
    </>
  );
}
