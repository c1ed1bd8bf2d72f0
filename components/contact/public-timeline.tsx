import type { RequestEventType, RequestStatus, Role } from "@prisma/client";
import { format, type AppLocale, type Messages } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/dates";

type PublicEvent = {
  id: string;
  type: RequestEventType;
  body: string | null;
  createdAt: Date;
  toStatus: RequestStatus | null;
  actorId: string | null;
  actor: { role: Role } | null;
  toAssignee: { role: Role } | null;
};

/** A requester's view of the thread: public events only, people shown by role. */
export function PublicTimeline({ events, viewerId, m, locale }: { events: PublicEvent[]; viewerId: string; m: Messages; locale: AppLocale }) {
  const t = m.contact.detail;
  const describe = (event: PublicEvent): string => {
    switch (event.type) {
      case "CREATED":
        return t.created;
      case "REPLY":
        return event.actorId === viewerId ? t.yourReply : format(t.reply, { role: event.actor ? m.roles[event.actor.role] : "—" });
      case "STATUS_CHANGED":
        return format(t.statusChanged, { status: event.toStatus ? m.requestStatus[event.toStatus] : "—" });
      case "REASSIGNED":
        return format(t.reassigned, { role: event.toAssignee ? m.roles[event.toAssignee.role] : "—" });
      case "PRIORITY_CHANGED":
      case "INTERNAL_NOTE":
        return "";
    }
  };
  return (
    <ol className="space-y-3">
      {events.map((event) => (
        <li key={event.id} className="rounded border border-slate-300 bg-white p-3">
          <p className="text-sm text-slate-700">
            <time dateTime={event.createdAt.toISOString()}>{formatDateTime(event.createdAt, locale)}</time> — {describe(event)}
          </p>
          {event.type === "REPLY" && event.body ? <p className="mt-1 whitespace-pre-wrap">{event.body}</p> : null}
        </li>
      ))}
    </ol>
  );
}
