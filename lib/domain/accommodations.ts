// An accommodation plan as the referent writes it: one line per accommodation, per
// audience (who applies it). Each audience sees its own lines, never the diagnosis.
import type { AccommodationAudience, Role } from "@prisma/client";

export const AUDIENCES = ["MENTOR", "EXAMINER", "SCHOOL"] as const satisfies readonly AccommodationAudience[];

/** The lines of a textarea: trimmed, blank ones dropped. */
export function accommodationLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** Who sees which accommodations: the mentor holds sessions and defences (so applies the examiner's too). */
export function audiencesFor(role: Role): readonly AccommodationAudience[] {
  switch (role) {
    case "MENTOR":
      return ["MENTOR", "EXAMINER"];
    case "ADVISOR":
    case "DISABILITY_REFERENT":
    case "LEARNER":
      return AUDIENCES;
    default:
      return [];
  }
}

/** How many days before the review date the referent is reminded. */
export const REVIEW_REMINDER_DAYS = 14;

/** True when the plan's review is close enough (or past) and no reminder went out for this date. */
export function reviewReminderDue(reviewDate: Date, remindedAt: Date | null, now: Date): boolean {
  return remindedAt === null && reviewDate.getTime() - now.getTime() <= REVIEW_REMINDER_DAYS * 86_400_000;
}
