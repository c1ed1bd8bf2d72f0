import { TZDate } from "@date-fns/tz";
import { SCHOOL_TIME_ZONE } from "./week";

// The daily digest of notifications: once per person and Paris day, from 7:00 on (the job
// runs hourly; the first run after 7:00 sends it). Pure over the injected instant.

export const DIGEST_HOUR = 7;

/** The Paris calendar day of an instant, as a UTC midnight (the `day` column is a DATE). */
export function digestDay(now: Date): Date {
  const local = new TZDate(now.getTime(), SCHOOL_TIME_ZONE);
  return new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()));
}

/** Whether the day's digest may go out yet (from DIGEST_HOUR, Paris time). */
export function digestDue(now: Date): boolean {
  return new TZDate(now.getTime(), SCHOOL_TIME_ZONE).getHours() >= DIGEST_HOUR;
}
