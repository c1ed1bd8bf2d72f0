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
