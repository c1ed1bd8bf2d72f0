import "server-only";
import { claimHourReminder, claimReminder, listDueHourReminders, listDueReminders } from "@/lib/server/data/jobs/appointment-reminders";
import { parisDayRange } from "@/lib/domain/week";

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/**
 * The day before a phone appointment (Paris calendar day), email the learner a
 * reminder. Idempotent: each appointment is claimed by setting reminderSentAt
 * in the same transaction as its email, only if it was still unset.
 */
export async function sendAppointmentReminders(now = new Date()): Promise<number> {
  const tomorrow = parisDayRange(new Date(parisDayRange(now).end.getTime() + DAY_MS / 2));
  let sent = 0;
  for (const id of await listDueReminders(now, tomorrow.end)) {
    if (await claimReminder(id, now)) sent += 1;
  }
  // The learner may also ask for one an hour before (the job runs every 15 minutes).
  for (const id of await listDueHourReminders(now, new Date(now.getTime() + HOUR_MS))) {
    if (await claimHourReminder(id, now)) sent += 1;
  }
  return sent;
}
