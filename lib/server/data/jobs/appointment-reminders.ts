import "server-only";
import { getDb } from "@/lib/server/db";
import { enqueueEmail } from "@/lib/server/data/outbox";
import { appointmentEmail, appointmentMailSelect, toMailInput } from "@/lib/server/mail/appointment-email";

// The reminder job (lib/server/jobs/appointment-reminders.ts) runs without an actor.

/** Scheduled appointments starting in [now, until) whose reminder is not sent yet (at most 200 a run). */
export async function listDueReminders(now: Date, until: Date): Promise<string[]> {
  const due = await getDb().appointment.findMany({
    where: { status: "SCHEDULED", reminderSentAt: null, startsAt: { gte: now, lt: until } },
    select: { id: true },
    take: 200,
  });
  return due.map((a) => a.id);
}

/**
 * Claims one appointment's reminder by setting reminderSentAt, only if it was still unset, in the
 * same transaction as its email: false when another run (or worker) claimed it first.
 */
export function claimReminder(id: string, now: Date): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.appointment.updateMany({ where: { id, reminderSentAt: null, status: "SCHEDULED" }, data: { reminderSentAt: now } });
    if (count !== 1) return false;
    const a = await tx.appointment.findUniqueOrThrow({ where: { id }, select: appointmentMailSelect });
    await enqueueEmail(tx, appointmentEmail(toMailInput(a), "reminder"));
    return true;
  });
}

/** Calls starting in [now, until) whose learner asked for a reminder one hour before, not sent yet. */
export async function listDueHourReminders(now: Date, until: Date): Promise<string[]> {
  const due = await getDb().appointment.findMany({
    where: { status: "SCHEDULED", remindHourBefore: true, hourReminderSentAt: null, startsAt: { gte: now, lt: until } },
    select: { id: true },
    take: 200,
  });
  return due.map((a) => a.id);
}

/** Claims one hour-before reminder the same way: set only if unset, with its email, in one transaction. */
export function claimHourReminder(id: string, now: Date): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.appointment.updateMany({ where: { id, hourReminderSentAt: null, remindHourBefore: true, status: "SCHEDULED" }, data: { hourReminderSentAt: now } });
    if (count !== 1) return false;
    const a = await tx.appointment.findUniqueOrThrow({ where: { id }, select: appointmentMailSelect });
    await enqueueEmail(tx, appointmentEmail(toMailInput(a), "hourReminder"));
    return true;
  });
}
