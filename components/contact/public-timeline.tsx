import type { RequestEventType, RequestStatus, Role } from "@prisma/client";
import { getLocale, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n";
import { dates } from "@/lib/i18n/dates";

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
export async function PublicTimeline({ events, viewerId }: { events: PublicEvent[]; viewerId: string }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const d = dates(locale as AppLocale);
  const role = (who: { role: Role } | null) => (who ? t(`roles.${who.role}`) : "—");
  const describe = (event: PublicEvent): string => {
    switch (event.type) {
      case "CREATED":
        return t("contact.detail.created");
      case "REPLY":
        return event.actorId === viewerId ? t("contact.detail.yourReply") : t("contact.detail.reply", { role: role(event.actor) });
      case "STATUS_CHANGED":
        return t("contact.detail.statusChanged", { status: event.toStatus ? t(`requestStatus.${event.toStatus}`) : "—" });
      case "REASSIGNED":
        return t("contact.detail.reassigned", { role: role(event.toAssignee) });
      case "WITHDRAWN":
        return event.actorId === viewerId ? t("contact.detail.youWithdrew") : t("contact.detail.withdrawn");
      case "MERGED_INTO":
        return t("teamTools.public.merged");
      case "SLOTS_PROPOSED":
        return t("callback.publicEvent");
      // Staff-only events (never public, listed for completeness).
      case "MERGED_FROM":
      case "LINKED":
      case "UNLINKED":
      case "PRIORITY_CHANGED":
      case "INTERNAL_NOTE":
      case "FOLLOWER_ADDED":
      case "FOLLOWER_REMOVED":
        return "";
    }
  };
  return (
    <ol className="space-y-3">
      {events.map((event) => (
        <li key={event.id} className="rounded border border-slate-300 bg-white p-3">
          <p className="text-sm text-slate-700">
            <time dateTime={event.createdAt.toISOString()}>{d.instant(event.createdAt)}</time> — {describe(event)}
          </p>
          {/* A reply's text, or the resolution note a closed follow-up case shared. */}
          {event.body ? <p className="mt-1 whitespace-pre-wrap">{event.body}</p> : null}
        </li>
      ))}
    </ol>
  );
}
