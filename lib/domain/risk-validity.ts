// How long a learner's computed risk facts hold while nothing is written: the next
// instant time alone changes one of them. Pure; lib/server/data/risk-facts.ts stores the
// result as the read model's "staleAt" and recomputes a row once that instant has come.
import { NO_SESSION_DAYS } from "./risk";

const DAY_MS = 24 * 60 * 60 * 1000;

export type TimeEdges = {
  now: Date;
  /** Start of the next Paris day: today's date, the ISO week, breaks and progress change then. */
  nextMidnight: Date;
  trainingStart: Date;
  lastHeldAt: Date | null;
  lastBreakEnd: Date | null;
  /** Oldest held session counted in the last 7 / 28 days (it leaves the window 7 / 28 days later). */
  oldestHeld7: Date | null;
  oldestHeld28: Date | null;
  /** Next held or no-show session still in the future (it counts once its time has passed). */
  nextSessionToPass: Date | null;
  /** The next scheduled call (once it starts, the one after becomes the next). */
  nextAppointmentAt: Date | null;
};

/** The first instant after `now` at which the facts computed at `now` may differ. */
export function riskFactsStaleAt(e: TimeEdges): Date {
  const now = e.now.getTime();
  const candidates = [e.nextMidnight.getTime()];
  // Windows are "at or after now − N days" and "before now", "at or after now": 1 ms past the edge.
  if (e.oldestHeld7) candidates.push(e.oldestHeld7.getTime() + 7 * DAY_MS + 1);
  if (e.oldestHeld28) candidates.push(e.oldestHeld28.getTime() + 28 * DAY_MS + 1);
  if (e.nextSessionToPass) candidates.push(e.nextSessionToPass.getTime() + 1);
  if (e.nextAppointmentAt) candidates.push(e.nextAppointmentAt.getTime() + 1);
  // The 14 days without a session run out (daysWithoutSession's clock start).
  const afterBreak = e.lastBreakEnd ? e.lastBreakEnd.getTime() + DAY_MS : -Infinity;
  const since = Math.max(e.trainingStart.getTime(), e.lastHeldAt?.getTime() ?? -Infinity, afterBreak);
  candidates.push(since + NO_SESSION_DAYS * DAY_MS);
  return new Date(Math.min(...candidates.filter((t) => t > now)));
}
