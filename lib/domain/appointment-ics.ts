// The calendar invite of a phone appointment (RFC 5545), built with ical-generator.
// Times are written in UTC ("…Z"): every calendar shows them in its own zone,
// so a 10:00 Paris appointment stays 10:00 Paris on both sides of a DST change.
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";

export type InviteInput = {
  uid: string;
  sequence: number;
  startsAt: Date;
  durationMinutes: number;
  summary: string;
  description: string;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
  cancelled?: boolean;
  stamp?: Date;
};

export function appointmentInvite(input: InviteInput): string {
  const calendar = ical({ prodId: { company: "portail-accompagnement", product: "rendez-vous", language: "FR" } });
  calendar.method(input.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST);
  calendar.createEvent({
    id: input.uid,
    sequence: input.sequence,
    stamp: input.stamp ?? new Date(),
    start: input.startsAt,
    end: new Date(input.startsAt.getTime() + input.durationMinutes * 60_000),
    summary: input.summary,
    description: input.description,
    organizer: input.organizer,
    attendees: [{ name: input.attendee.name, email: input.attendee.email, rsvp: true }],
    status: input.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}

export type FeedEvent = { uid: string; sequence: number; startsAt: Date; durationMinutes: number; summary: string; description: string; cancelled: boolean };

/**
 * An advisor's calls as a subscribed calendar (METHOD:PUBLISH, read-only): the same UIDs as
 * the invites, so a call moved or cancelled changes in place.
 */
export function callFeed(name: string, events: readonly FeedEvent[], stamp: Date): string {
  const calendar = ical({ name, prodId: { company: "portail-accompagnement", product: "agenda", language: "FR" }, ttl: 15 * 60 });
  calendar.method(ICalCalendarMethod.PUBLISH);
  for (const e of events) {
    calendar.createEvent({
      id: e.uid,
      sequence: e.sequence,
      stamp,
      start: e.startsAt,
      end: new Date(e.startsAt.getTime() + e.durationMinutes * 60_000),
      summary: e.summary,
      description: e.description,
      status: e.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
