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
import { combineThreads } from "@/lib/domain/request-merge";
import type { getRequestRelations } from "@/lib/server/data/request-merge";
import type { CannedOption } from "./canned-reply-textarea";
import { LinkForm, MacroForm, MergeForm, PriorityForm, TakeForm, UnlinkForm } from "./team-tools-forms";

import { AttachmentList, type AttachmentItem } from "@/components/attachments/attachment-list";
import { ComplaintPanel } from "@/components/complaints/complaint-panel";
import { noteSegments } from "@/lib/domain/mentions";
import { FollowersPanel, type FollowersView } from "./followers-panel";
import { attachmentMaxBytes } from "@/lib/domain/attachments";
import { RequestPresence } from "@/components/live/request-presence";
import { CallbackPanel } from "@/components/booking/callback-panel";

type Thread = Awaited<ReturnType<typeof getRequestThread>>;
type Person = { firstName: string; lastName: string; role: Thread["author"]["role"] } | null;
type Relations = Awaited<ReturnType<typeof getRequestRelations>>;
/** The team tools' part of the page (issue 15): canned replies, macros, merges and links. */
export type TeamTools = { cannedReplies: CannedOption[]; macros: { id: string; title: string }[]; relations: Relations; triage: boolean; listPath: string };
/** One line of the history: an event of this request or of one merged into it, or a merged request's first message. */
type HistoryItem = Thread["events"][number] & { origin: number | null; message?: { author: Person } };

/** The staff page of one request: overview with deadlines, the whole history, and the actions. */
export async function ThreadView({
  thread,
  assignees,
  listPath,
  learnerFile,
  openCase,
  linkedCase,
  breakDecision,
  teamTools,
  complaintView,
  people,
  actorId,
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
  teamTools: TeamTools;
  /** The request's complaint (issue 16), or the form that makes it one. */
  complaintView: { complaint: { id: string; number: number; dueAt: Date } | null; registerLink: boolean };
  /** Followers, and the colleagues who may follow or be mentioned (issue 15, item 7). */
  people: FollowersView;
  actorId: string;
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
  const [team, follow, callback] = await Promise.all([getTranslations("teamTools"), getTranslations("followers"), getTranslations("callback")]);
  const { relations } = teamTools;
  // The merged requests' threads join this one, in time order, each line saying where it comes from.
  const history: HistoryItem[] = combineThreads<HistoryItem>(
    thread.events.map((e) => ({ ...e, origin: null })),
    ...relations.mergedFrom.map((m) => [
      { id: `message-${m.id}`, type: "CREATED" as const, visibility: "PUBLIC" as const, body: m.message, createdAt: m.createdAt, fromStatus: null, toStatus: null, fromQueue: null, toQueue: null, fromPriority: null, toPriority: null, relatedRequest: null, actor: m.author, fromAssignee: null, toAssignee: null, person: null, origin: m.number, message: { author: m.author } },
      ...m.events.filter((e) => e.type !== "CREATED").map((e) => ({ ...e, origin: m.number })),
    ]),
  );
  const related = (r: { id: string; number: number; subject: string; status: Thread["status"] }) => (
    <Link href={`${teamTools.listPath}/${r.id}`}>{team("merge.related", { number: String(r.number), subject: r.subject, status: statuses(r.status) })}</Link>
  );
  const eventLine = (event: HistoryItem): string => {
    if (event.message) return team("events.mergedMessage", { author: who(event.message.author), number: String(event.origin) });
    switch (event.type) {
      case "REASSIGNED":
        return t("events.REASSIGNED", moveLineArgs(event, (queue) => t(`queueShort.${queue}`), t("nobody")));
      case "MERGED_INTO":
      case "MERGED_FROM":
      case "LINKED":
      case "UNLINKED":
        return team(`events.${event.type}`, { actor: who(event.actor), number: event.relatedRequest ? String(event.relatedRequest.number) : "—" });
      case "PRIORITY_CHANGED":
        if (event.fromPriority && event.toPriority) return team("events.PRIORITY_CHANGED", { actor: who(event.actor), from: priorities(event.fromPriority), to: priorities(event.toPriority) });
        return t("events.PRIORITY_CHANGED", { actor: who(event.actor) });
      case "STATUS_CHANGED":
        if (!event.actor) return t("events.AUTOMATIC_STATUS", { from: event.fromStatus ? statuses(event.fromStatus) : "—", to: event.toStatus ? statuses(event.toStatus) : "—" });
        return t("events.STATUS_CHANGED", { actor: who(event.actor), from: event.fromStatus ? statuses(event.fromStatus) : "—", to: event.toStatus ? statuses(event.toStatus) : "—" });
      case "FOLLOWER_ADDED":
      case "FOLLOWER_REMOVED": {
        const self = event.person !== null && event.actor !== null && event.person.id === event.actor.id;
        const key = self ? (event.type === "FOLLOWER_ADDED" ? "FOLLOWER_SELF_ADDED" : "FOLLOWER_SELF_REMOVED") : event.type;
        return follow(`events.${key}`, { actor: who(event.actor), person: who(event.person) });
      }
      case "CREATED":
      case "REPLY":
      case "INTERNAL_NOTE":
      case "WITHDRAWN":
        return t(`events.${event.type}`, { actor: who(event.actor) });
      case "SLOTS_PROPOSED":
        return callback("event", { actor: who(event.actor) });
    }
  };
  const when = (date: Date) => dates(locale).instant(date, "dateTime");
  // The topic's details are rendered by the contact area's component, which still reads the catalogue object.
  const who = (p: Person) => (p ? `${p.firstName} ${p.lastName} (${roles(p.role)})` : t("nobody"));
  const ref = { id: thread.id, version: thread.version };
  // The reply box sends the last message it was shown with: a newer one is shown before sending (issue 15).
  const lastMessageId = thread.events.filter((e) => e.type === "REPLY" || e.type === "INTERNAL_NOTE").at(-1)?.id ?? "";
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
      <ClientMessages namespaces={["live"]}>
        <RequestPresence requestId={thread.id} />
      </ClientMessages>
      {relations.mergedInto ? (
        <p className="mb-6 rounded border-l-4 border-slate-900 bg-white p-3 font-semibold">
          {team("merge.mergedInto", { number: String(relations.mergedInto.number) })}{" "}
          <Link href={`${teamTools.listPath}/${relations.mergedInto.id}`}>{team("merge.openTarget", { number: String(relations.mergedInto.number) })}</Link>
        </p>
      ) : null}
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
            <h3 className="mt-4 font-semibold">{team("merge.links")}</h3>
            {relations.links.length === 0 ? (
              <p>{team("merge.noLinks")}</p>
            ) : (
              <ul className="space-y-1">
                {relations.links.map((l) => (
                  <li key={l.id}>
                    {related(l)}
                    {teamTools.triage ? (
                      <>
                        {" "}
                        ·{" "}
                        <ClientMessages namespaces={["teamTools"]}>
                          <UnlinkForm id={thread.id} otherId={l.id} number={l.number} />
                        </ClientMessages>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
            {relations.mergedFrom.length > 0 ? (
              <>
                <h3 className="mt-4 font-semibold">{team("merge.mergedFrom")}</h3>
                <ul className="space-y-1">
                  {relations.mergedFrom.map((m) => (
                    <li key={m.id}>{related(m)}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
          <FollowersPanel id={thread.id} people={people} actorId={actorId} manage />
          <AttachmentList items={attachments} />
          <section aria-labelledby="history-title">
            <h2 id="history-title" className="mb-2 text-lg font-semibold">
              {t("history")}
            </h2>
            <ol className="space-y-3">
              {history.map((event) => (
                <li key={event.id} className={`rounded border bg-white p-3 ${event.visibility === "INTERNAL" ? "border-l-4 border-amber-600" : "border-slate-300"}`}>
                  <p className="text-sm text-slate-700">
                    <time dateTime={event.createdAt.toISOString()}>{when(event.createdAt)}</time> — {eventLine(event)}
                    {event.origin !== null && !event.message ? <strong className="ml-2">[{team("events.fromMerged", { number: String(event.origin) })}]</strong> : null}
                    {event.visibility === "INTERNAL" ? <strong className="ml-2">[{t("internal")}]</strong> : null}
                  </p>
                  {event.body ? (
                    <p className="mt-1 whitespace-pre-wrap">
                      {/* A note's @mentions read as the colleague's name, in bold. */}
                      {event.type === "INTERNAL_NOTE"
                        ? noteSegments(event.body).map((seg, i) => ("mention" in seg ? <strong key={i}>@{seg.mention.name}</strong> : seg.text))
                        : event.body}
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
          </section>
        </div>
        <section aria-labelledby="actions-title" className="space-y-8">
          <h2 id="actions-title" className="text-lg font-semibold">
            {t("actions")}
          </h2>
          {thread.callbackRequested ? <CallbackPanel thread={thread} /> : null}
          <ClientMessages namespaces={["triage", "requestStatus", "roles", "teamTools", "priority", "followers", "attachments", "live"]}>
            {/* The reply is the page's primary action: first, and the only primary button. */}
            <TextActionForm kind="reply" reference={ref} cannedReplies={teamTools.cannedReplies} maxMegabytes={attachmentMaxBytes(process.env) / (1024 * 1024)} lastMessageId={lastMessageId} />
            {thread.assignee?.id === actorId ? null : <TakeForm reference={ref} />}
            {teamTools.triage && teamTools.macros.length > 0 ? <MacroForm reference={ref} macros={teamTools.macros} /> : null}
            {breakDecision}
            {openCase ? (
              <p>
                <Link href={openCase} className="font-semibold">
                  {t("openCase")}
                </Link>
              </p>
            ) : null}
            {advisor ? <ForwardForm reference={ref} advisorName={`${advisor.firstName} ${advisor.lastName}`} alreadyAssigned={advisor.id === thread.assignee?.id} /> : null}
            <TextActionForm kind="note" reference={ref} colleagues={people.mentionable.map((c) => ({ id: c.id, name: c.name, roleLabel: roles(c.role) }))} />
            <StatusForm reference={ref} current={thread.status} />
            <ReassignForm reference={ref} assignees={assignees} />
            <PriorityForm reference={ref} current={thread.priority} />
            {teamTools.triage && !relations.mergedInto ? (
              <section aria-labelledby="merge-title" className="space-y-4">
                <h3 id="merge-title" className="font-semibold">
                  {team("merge.title")}
                </h3>
                <MergeForm reference={ref} />
                <LinkForm id={thread.id} />
              </section>
            ) : null}
          </ClientMessages>
          <ComplaintPanel requestId={thread.id} complaint={complaintView.complaint} registerLink={complaintView.registerLink} />
        </section>
      </div>
    </>
  );
}
