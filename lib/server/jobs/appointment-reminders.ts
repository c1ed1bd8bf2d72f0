import "server-only";
import { getDb } from "@/lib/server/db";
import { enqueueEmail } from "@/lib/server/mail/outbox";
import { appointmentEmail, appointmentMailSelect, toMailInput } from "@/lib/server/mail/appointment-email";
import { parisDayRange } from "@/lib/domain/paris-time";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The day before a phone appointment (Paris calendar day), email the learner a
 * reminder. Idempotent: each appointment is claimed by setting reminderSentAt
 * in the same transaction as its email, only if it was still unset.
 */
export async function sendAppointmentReminders(now = new Date()): Promise<number> {
  const db = getDb();
  const tomorrow = parisDayRange(new Date(parisDayRange(now).end.getTime() + DAY_MS / 2));
  const due = await db.appointment.findMany({
    where: { status: "SCHEDULED", reminderSentAt: null, startsAt: { gte: now, lt: tomorrow.end } },
    select: { id: true },
    take: 200,
  });
  let sent = 0;
  for (const { id } of due) {
    sent += await db.$transaction(async (tx) => {
      const { count } = await tx.appointment.updateMany({ where: { id, reminderSentAt: null, status: "SCHEDULED" }, data: { reminderSentAt: now } });
      if (count !== 1) return 0;
      const a = await tx.appointment.findUniqueOrThrow({ where: { id }, select: appointmentMailSelect });
      await enqueueEmail(tx, appointmentEmail(toMailInput(a), "reminder"));
      return 1;
    });
  }
  return sent;
}
