import Link from "next/link";
import type { getMyRequest } from "@/lib/server/data/my-requests";
import { format, type AppLocale, type Messages } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/dates";
import { PageHeading } from "@/components/ui/page-heading";
import { RequestDetails } from "./request-details";
import { PublicTimeline } from "./public-timeline";
import { TextActionForm } from "@/components/triage/thread-actions";
import { requesterReplyAction } from "@/lib/server/actions/requester";

type Request = Awaited<ReturnType<typeof getMyRequest>>;

/** The requester's page for one request: what they sent, its status, and the public timeline. */
export function MyRequestView({
  request,
  viewerId,
  listPath,
  sentMessage,
  m,
  locale,
}: {
  request: Request;
  viewerId: string;
  listPath: string;
  sentMessage: string | null;
  m: Messages;
  locale: AppLocale;
}) {
  const t = m.contact.detail;
  return (
    <>
      <p className="mb-4">
        <Link href={listPath}>{t.back}</Link>
      </p>
      {sentMessage ? (
        <div role="status" className="mb-6 rounded border-4 border-green-700 bg-white p-4 font-semibold">
          {sentMessage}
        </div>
      ) : null}
      <PageHeading title={request.subject} intro={format(t.title, { number: request.number })} />
      <section aria-labelledby="details-title" className="mb-8 rounded border border-slate-300 bg-white p-4">
        <h2 id="details-title" className="mb-2 text-lg font-semibold">
          {t.details}
        </h2>
        <p className="mb-2">
          {m.topics[request.topic]} · {formatDateTime(request.createdAt, locale)} ·{" "}
          <span className="font-semibold">{m.requestStatus[request.status]}</span>
          {" · "}
          {request.assignee ? format(m.contact.list.handledBy, { role: m.roles[request.assignee.role] }) : m.contact.list.waitingAssignment}
        </p>
        {request.loopClosedAt ? (
          <p className="mb-2 font-semibold text-green-800">{format(m.contact.list.loopClosed, { date: formatDateTime(request.loopClosedAt, locale) })}</p>
        ) : null}
        <RequestDetails details={request.details as Record<string, unknown>} m={m} locale={locale} />
        {request.sensitive ? (
          <div className="mt-3 border-l-4 border-amber-600 pl-3">
            <p className="font-semibold">{t.sensitive}</p>
            <RequestDetails details={request.sensitive} m={m} locale={locale} />
          </div>
        ) : null}
        <p className="mt-3 whitespace-pre-wrap">{request.message}</p>
      </section>
      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title" className="mb-2 text-lg font-semibold">
          {t.timeline}
        </h2>
        <PublicTimeline events={request.events} viewerId={viewerId} m={m} locale={locale} />
      </section>
      {request.status !== "CLOSED" ? (
        <section aria-label={m.triage.requesterReply.title} className="mt-8">
          <TextActionForm kind="requester" reference={{ id: request.id, version: 1 }} action={requesterReplyAction} m={m} />
        </section>
      ) : null}
    </>
  );
}
