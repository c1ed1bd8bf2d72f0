import { TZDate } from "@date-fns/tz";
import { SCHOOL_TIME_ZONE } from "./week";

// Dates of a break (requested by a learner, or decided by the advisor), against
// today's Paris date: a break wholly in the past is refused, naming its last day;
// one that started more than 7 days ago needs an explicit confirmation.

/** How many days back a break may start without asking "are you sure?". */
export const BREAK_START_GRACE_DAYS = 7;

const DAY = 86_400_000;

export type BreakDatesRefusal = { field: "endDate"; key: "break.past" } | { field: "confirmPastStart"; key: "break.confirmPastStart" };

/** `today`, `startDate`, `endDate` are calendar days "YYYY-MM-DD" (Paris). */
export function breakDatesRefusal(dates: { startDate: string; endDate: string }, today: string, confirmed: boolean): BreakDatesRefusal | null {
  if (dates.endDate < today) return { field: "endDate", key: "break.past" };
  if (startsLongAgo(dates.startDate, today) && !confirmed) return { field: "confirmPastStart", key: "break.confirmPastStart" };
  return null;
}

/** The break started more than 7 days before today: the form asks for a confirmation. */
export function startsLongAgo(startDate: string, today: string): boolean {
  const days = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${startDate}T00:00:00Z`)) / DAY;
  return Number.isFinite(days) && days > BREAK_START_GRACE_DAYS;
}

/** The instants [start, end) an approved break covers: its first day's Paris midnight to the one after its last day. */
export function breakWindow(b: { startDate: Date; endDate: Date }): { start: Date; end: Date } {
  const day = (d: Date, plus = 0) => new TZDate(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + plus, SCHOOL_TIME_ZONE);
  return { start: new Date(day(b.startDate).getTime()), end: new Date(day(b.endDate, 1).getTime()) };
}

export type PlannedSession = { id: string; kind: "MENTORING" | "DEFENCE"; status: "SCHEDULED" | "HELD" | "NO_SHOW" | "CANCELLED"; scheduledAt: Date };

const inside = (at: Date, w: { start: Date; end: Date }) => at >= w.start && at < w.end;

/**
 * What approving a break does to the learner's sessions: planned mentoring sessions inside
 * it are cancelled by the school; a planned defence inside it is not (it is rescheduled with
 * the jury, by people), only flagged to the mentor and the advisor.
 */
export function breakCascade(sessions: PlannedSession[], b: { startDate: Date; endDate: Date }): { cancel: string[]; defences: string[] } {
  const window = breakWindow(b);
  const planned = sessions.filter((s) => s.status === "SCHEDULED" && inside(s.scheduledAt, window));
  return { cancel: planned.filter((s) => s.kind === "MENTORING").map((s) => s.id), defences: planned.filter((s) => s.kind === "DEFENCE").map((s) => s.id) };
}

/** A planned defence during one of the learner's approved breaks: shown with a warning. */
export function defenceDuringBreak(session: PlannedSession, approvedBreaks: { startDate: Date; endDate: Date }[]): boolean {
  return session.kind === "DEFENCE" && session.status === "SCHEDULED" && approvedBreaks.some((b) => inside(session.scheduledAt, breakWindow(b)));
}
