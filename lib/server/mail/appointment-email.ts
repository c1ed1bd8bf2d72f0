import "server-only";
import type { AppointmentKind, Locale } from "@prisma/client";
import { createTranslator } from "use-intl/core";
import { appointmentInvite } from "@/lib/domain/appointment-ics";
import { formatPhone } from "@/lib/domain/phone";
import { appUrl, emailIntl, renderEmail } from "./render";
import type { OutgoingEmail } from "./outgoing-email";

/** What an appointment email needs, as a Prisma select (used with toMailInput). */
export const appointmentMailSelect = {
  id: true,
  kind: true,
  icsUid: true,
  icsSequence: true,
  startsAt: true,
  durationMinutes: true,
  learner: { select: { user: { select: { firstName: true, lastName: true, email: true, locale: true, phone: true } } } },
  advisor: { select: { firstName: true, lastName: true, email: true, phone: true } },
} as const;

type SelectedAppointment = Omit<AppointmentMailInput, "learner"> & { learner: { user: AppointmentMailInput["learner"] } };

export function toMailInput(a: SelectedAppointment): AppointmentMailInput {
  return { ...a, learner: a.learner.user };
}

export type AppointmentMailInput = {
  /** Links to the call's page in the self-booking emails. */
  id?: string;
  kind: AppointmentKind;
  icsUid: string;
  icsSequence: number;
  startsAt: Date;
  durationMinutes: number;
  /** `phone`: the number the advisor will call (E.164), told in the email and the invite. */
  learner: { firstName: string; lastName: string; email: string; locale: Locale; phone?: string | null };
  advisor: { firstName: string; lastName: string; email: string; phone: string | null };
};

export type AppointmentMailPurpose = "invite" | "reminder" | "update" | "cancel" | BookingMailPurpose;
/** Self-booking's emails (lib/server/data/booking.ts): their texts are in the `bookingMail` catalogue. */
export type BookingMailPurpose = "booked" | "learnerMoved" | "learnerCancelled" | "hourReminder" | "noShow";

const SUBJECT = { invite: "inviteSubject", reminder: "reminderSubject", update: "updateSubject", cancel: "cancelSubject" } as const;
const BODY = { invite: "inviteBody", reminder: "reminderBody", update: "updateBody", cancel: "cancelBody" } as const;
const BOOKING: Record<BookingMailPurpose, { ics: "request" | "cancel" | null; url: (id: string) => string }> = {
  booked: { ics: "request", url: (id) => `/learner/booking/${id}` },
  learnerMoved: { ics: "request", url: (id) => `/learner/booking/${id}` },
  learnerCancelled: { ics: "cancel", url: () => "/learner/booking" },
  hourReminder: { ics: null, url: (id) => `/learner/booking/${id}` },
  noShow: { ics: null, url: () => "/learner/booking" },
};
const isBooking = (purpose: AppointmentMailPurpose): purpose is BookingMailPurpose => purpose in BOOKING;

/**
 * The invite, reminder, update or cancellation of a phone appointment, with its calendar
 * file, in the learner's language. An update and a cancellation carry the same UID with the
 * sequence already raised by the caller, so calendars replace or remove the same event.
 */
export function appointmentEmail(a: AppointmentMailInput, purpose: AppointmentMailPurpose): OutgoingEmail {
  const locale = a.learner.locale;
  const intl = emailIntl(locale);
  const t = createTranslator({ ...intl.options, namespace: "appointmentMail" });
  const advisorName = `${a.advisor.firstName} ${a.advisor.lastName}`;
  const kind = t(`kind.${a.kind}`);
  const values = {
    day: intl.dates.instant(a.startsAt, "weekday"),
    time: intl.dates.instant(a.startsAt, "time"),
    advisor: advisorName,
    duration: a.durationMinutes,
    kind,
  };
  const reach = a.advisor.phone ? formatPhone(a.advisor.phone) : a.advisor.email;
  const howTo = a.learner.phone
    ? t("howToNumber", { advisor: advisorName, number: formatPhone(a.learner.phone), phone: reach })
    : t("howTo", { advisor: advisorName, phone: reach });
  const b = createTranslator({ ...intl.options, namespace: "bookingMail" });
  const booking = isBooking(purpose) ? BOOKING[purpose] : null;
  const cancelled = purpose === "cancel" || booking?.ics === "cancel";
  const rendered = renderEmail({
    locale,
    subject: booking ? b(`${purpose as BookingMailPurpose}.subject`, values) : t(SUBJECT[purpose as keyof typeof SUBJECT], values),
    greeting: t("greeting", { name: a.learner.firstName }),
    paragraphs: [booking ? b(`${purpose as BookingMailPurpose}.body`, values) : t(BODY[purpose as keyof typeof BODY], values), ...(cancelled || purpose === "noShow" ? [] : [howTo])],
    action: booking
      ? { label: b(`${purpose as BookingMailPurpose}.action`), url: appUrl(a.id ? booking.url(a.id) : "/learner/booking") }
      : // The advisor's invite, update and reminder lead to the call's page, where the learner moves or cancels it.
        a.id && !cancelled
        ? { label: b("booked.action"), url: appUrl(`/learner/booking/${a.id}`) }
        : { label: t("action"), url: appUrl("/learner") },
  });
  if (booking && booking.ics === null) return { to: a.learner.email, template: `appointment.${purpose}`, ...rendered };
  return {
    to: a.learner.email,
    template: `appointment.${purpose}`,
    ...rendered,
    icsContent: appointmentInvite({
      uid: a.icsUid,
      sequence: a.icsSequence,
      startsAt: a.startsAt,
      durationMinutes: a.durationMinutes,
      summary: t("calendarSummary", { kind, advisor: advisorName }),
      description: howTo,
      organizer: { name: advisorName, email: a.advisor.email },
      attendee: { name: `${a.learner.firstName} ${a.learner.lastName}`, email: a.learner.email },
      cancelled,
    }),
  };
}
