import "server-only";
import type { AppointmentKind, Locale } from "@prisma/client";
import { format, messagesFor } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/dates";
import { appointmentInvite } from "@/lib/domain/appointment-ics";
import { appUrl, renderEmail } from "./render";
import type { OutgoingEmail } from "./outgoing-email";

/** What an appointment email needs, as a Prisma select (used with toMailInput). */
export const appointmentMailSelect = {
  id: true,
  kind: true,
  icsUid: true,
  icsSequence: true,
  startsAt: true,
  durationMinutes: true,
  learner: { select: { user: { select: { firstName: true, lastName: true, email: true, locale: true } } } },
  advisor: { select: { firstName: true, lastName: true, email: true, phone: true } },
} as const;

type SelectedAppointment = Omit<AppointmentMailInput, "learner"> & { learner: { user: AppointmentMailInput["learner"] } };

export function toMailInput(a: SelectedAppointment): AppointmentMailInput {
  return { ...a, learner: a.learner.user };
}

export type AppointmentMailInput = {
  kind: AppointmentKind;
  icsUid: string;
  icsSequence: number;
  startsAt: Date;
  durationMinutes: number;
  learner: { firstName: string; lastName: string; email: string; locale: Locale };
  advisor: { firstName: string; lastName: string; email: string; phone: string | null };
};

/** The invite (or the reminder) of a phone appointment, with its calendar file, in the learner's language. */
export function appointmentEmail(a: AppointmentMailInput, purpose: "invite" | "reminder"): OutgoingEmail {
  const locale = a.learner.locale;
  const t = messagesFor(locale).appointmentMail;
  const advisorName = `${a.advisor.firstName} ${a.advisor.lastName}`;
  const when = formatDateTime(a.startsAt, locale);
  const values = { when, advisor: advisorName, duration: a.durationMinutes, phone: a.advisor.phone ?? a.advisor.email };
  const kindLabel = t.kind[a.kind];
  const rendered = renderEmail({
    locale,
    subject: format(purpose === "invite" ? t.inviteSubject : t.reminderSubject, { ...values, kind: kindLabel }),
    greeting: format(t.greeting, { name: a.learner.firstName }),
    paragraphs: [format(purpose === "invite" ? t.inviteBody : t.reminderBody, { ...values, kind: kindLabel }), format(t.howTo, values)],
    action: { label: t.action, url: appUrl("/learner") },
  });
  return {
    to: a.learner.email,
    template: purpose === "invite" ? "appointment.invite" : "appointment.reminder",
    ...rendered,
    icsContent: appointmentInvite({
      uid: a.icsUid,
      sequence: a.icsSequence,
      startsAt: a.startsAt,
      durationMinutes: a.durationMinutes,
      summary: format(t.calendarSummary, { kind: kindLabel, advisor: advisorName }),
      description: format(t.howTo, values),
      organizer: { name: advisorName, email: a.advisor.email },
      attendee: { name: `${a.learner.firstName} ${a.learner.lastName}`, email: a.learner.email },
    }),
  };
}
