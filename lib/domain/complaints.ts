// Complaints ("réclamations", issue 16 item 5; Qualiopi indicator 31). A complaint is a
// request filed as one (the learner's contact form) or requalified as one by staff: it is
// acknowledged at once (number and deadline), answered by a deadline counted in working days
// (public holidays off, lib/domain/sla.ts), and closed with its corrective action.
import { addWorkingHours, WORKDAY_HOURS } from "./sla";

/** The default answer deadline: 20 working days, about a calendar month. */
export const DEFAULT_COMPLAINT_WORKING_DAYS = 20;

/** The deadline in working days from COMPLAINT_DEADLINE_WORKING_DAYS (1–120), else the default. */
export function complaintWorkingDays(env: Record<string, string | undefined>): number {
  const raw = env.COMPLAINT_DEADLINE_WORKING_DAYS;
  if (!raw || !/^\d+$/.test(raw)) return DEFAULT_COMPLAINT_WORKING_DAYS;
  const n = Number(raw);
  return n >= 1 && n <= 120 ? n : DEFAULT_COMPLAINT_WORKING_DAYS;
}

/** When the answer is due: `workingDays` working days after receipt. */
export function complaintDueAt(receivedAt: Date, workingDays: number): Date {
  return addWorkingHours(receivedAt, workingDays * WORKDAY_HOURS);
}

export type ComplaintClock = { dueAt: Date; answeredAt: Date | null };

/**
 * On time or late, read at `now`: answered by the deadline (ON_TIME), answered after it
 * (ANSWERED_LATE), still unanswered past it (OVERDUE), or unanswered and not yet due (OPEN).
 */
export function complaintTimeliness(c: ComplaintClock, now: Date): "ON_TIME" | "ANSWERED_LATE" | "OVERDUE" | "OPEN" {
  if (c.answeredAt) return c.answeredAt.getTime() <= c.dueAt.getTime() ? "ON_TIME" : "ANSWERED_LATE";
  return now.getTime() > c.dueAt.getTime() ? "OVERDUE" : "OPEN";
}

/** Late: answered after its deadline, or still unanswered past it. */
export function complaintLate(c: ComplaintClock, now: Date): boolean {
  const t = complaintTimeliness(c, now);
  return t === "ANSWERED_LATE" || t === "OVERDUE";
}

/** The status its facts give: answered once the answer is sent, closed once its corrective action is done too. */
export function complaintStatus(c: { answeredAt: Date | null; correctiveDoneAt: Date | null }): "OPEN" | "ANSWERED" | "CLOSED" {
  if (!c.answeredAt) return "OPEN";
  return c.correctiveDoneAt ? "CLOSED" : "ANSWERED";
}
