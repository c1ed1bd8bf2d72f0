// The advisor's worklist: what needs doing now. Pure rules over the clock.
import { parisDayRange } from "./week";

/** Away this long, the next page load starts a new visit. */
export const VISIT_GAP_MS = 60 * 60 * 1000;
/** A first visit shows what came in the last day ("since yesterday"). */
export const FIRST_VISIT_LOOKBACK_MS = 24 * 60 * 60 * 1000;

export type Visit = { sinceAt: Date; lastSeenAt: Date };

/**
 * The visit after a page load at `now`. Within a visit (page loads less than an hour apart)
 * "new since your last visit" keeps the same start, so reloading the page does not empty it;
 * after an hour away it starts where the previous visit ended.
 */
export function nextVisit(previous: Visit | null, now: Date): Visit {
  if (!previous) return { sinceAt: new Date(now.getTime() - FIRST_VISIT_LOOKBACK_MS), lastSeenAt: now };
  if (now.getTime() - previous.lastSeenAt.getTime() >= VISIT_GAP_MS) return { sinceAt: previous.lastSeenAt, lastSeenAt: now };
  return { sinceAt: previous.sinceAt, lastSeenAt: now };
}

/** Today and tomorrow in Paris, as instants [start, end): the calls at the top of /advisor. */
export function todayAndTomorrow(now: Date): { start: Date; end: Date; tomorrowStart: Date } {
  const today = parisDayRange(now);
  const tomorrow = parisDayRange(new Date(today.end.getTime() + 60 * 60 * 1000));
  return { start: today.start, end: tomorrow.end, tomorrowStart: tomorrow.start };
}

export type CaseCall = { kind: "FIRST" | "FOLLOW_UP"; status: "SCHEDULED" | "HELD" | "NO_SHOW" | "CANCELLED"; startsAt: Date };

/**
 * A case waits for its second call once its first call was held and no follow-up call has
 * been held yet: "to book" without a booked follow-up call, else the booked one.
 */
export function secondCallState(calls: CaseCall[]): { waiting: false } | { waiting: true; bookedAt: Date | null } {
  const firstHeld = calls.some((c) => c.kind === "FIRST" && c.status === "HELD");
  if (!firstHeld || calls.some((c) => c.kind === "FOLLOW_UP" && c.status === "HELD")) return { waiting: false };
  const booked = calls.filter((c) => c.kind === "FOLLOW_UP" && c.status === "SCHEDULED").sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
  return { waiting: true, bookedAt: booked?.startsAt ?? null };
}

/** The part of the worklist each caseload tile counts (the tile links to it). */
export const CASELOAD_ONLY = ["atRisk", "noSession"] as const;
export type CaseloadOnly = (typeof CASELOAD_ONLY)[number];
