// The caseload's risk rules: which learners need the advisor's attention, and why.
// Pure functions over per-learner facts; lib/server/data/caseload.ts gathers
// the facts for a whole caseload in a fixed number of queries.
//
// Rules (each one a reason shown on the dashboard row):
// - NO_SESSION_14_DAYS: no held session for 14 days or more. The clock starts
//   at the latest of: the last held session, the training start, the end of
//   the last approved break. Suspended during an approved break.
// - CONSECUTIVE_NO_SHOWS: two or more no-shows since the last held session.
//   Suspended during an approved break.
// - LATE_ON_PATH: more than two weeks behind the planned path (3 weeks or more).
// - DROPOUT_RISK_ALERT: an open mentor alert "retard important / risque d'abandon".
// - COMMITMENT_SIGNAL / ATTENDANCE_SIGNAL: an unresolved weekly signal
//   (commitment not kept, attendance problem). Suspended during an approved break.
// - MISSED_CALLS: the learner missed a phone appointment with their advisor (recorded
//   as a no-show) and no call was held since. Suspended during an approved break.
// Level: HIGH with a dropout-risk alert, two no-shows in a row, or two reasons
// or more; MEDIUM with one other reason; NONE without any.
import type { Progress } from "./progress";

export const RISK_REASONS = [
  "DROPOUT_RISK_ALERT",
  "CONSECUTIVE_NO_SHOWS",
  "NO_SESSION_14_DAYS",
  "LATE_ON_PATH",
  "COMMITMENT_SIGNAL",
  "ATTENDANCE_SIGNAL",
  "MISSED_CALLS",
] as const;
export type RiskReason = (typeof RISK_REASONS)[number];

export const RISK_LEVELS = ["HIGH", "MEDIUM", "NONE"] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const NO_SESSION_DAYS = 14;
export const NO_SHOWS_IN_A_ROW = 2;
/** "Late by more than two weeks". */
export const LATE_WEEKS_THRESHOLD = 2;

const ALWAYS_HIGH: readonly RiskReason[] = ["DROPOUT_RISK_ALERT", "CONSECUTIVE_NO_SHOWS"];
/** Reasons about attendance: an approved break suspends them. */
export const ATTENDANCE_REASONS: readonly RiskReason[] = [
  "NO_SESSION_14_DAYS",
  "CONSECUTIVE_NO_SHOWS",
  "COMMITMENT_SIGNAL",
  "ATTENDANCE_SIGNAL",
  "MISSED_CALLS",
];

export type RiskFacts = {
  now: Date;
  trainingStart: Date;
  lastHeldAt: Date | null;
  /** No-shows after the last held session (cancelled sessions do not count). */
  noShowsSinceLastHeld: number;
  /** An approved break covers today. */
  onBreak: boolean;
  /** End day of the latest approved break that is over, if any. */
  lastBreakEnd: Date | null;
  progress: Progress;
  openDropoutAlert: boolean;
  openCommitmentSignal: boolean;
  openAttendanceSignal: boolean;
  /** Phone appointments recorded as no-show after the last held call. */
  missedCallsSinceLastHeld: number;
};

export type Risk = { level: RiskLevel; reasons: RiskReason[] };

const DAY_MS = 24 * 60 * 60 * 1000;

function latest(dates: (Date | null)[]): Date {
  return new Date(Math.max(...dates.filter((d): d is Date => d !== null).map((d) => d.getTime())));
}

/** Days without a held session that count, break time excluded. */
export function daysWithoutSession(f: Pick<RiskFacts, "now" | "trainingStart" | "lastHeldAt" | "lastBreakEnd">): number {
  // A break ends at the end of its last day: the clock restarts the next day.
  const afterBreak = f.lastBreakEnd ? new Date(f.lastBreakEnd.getTime() + DAY_MS) : null;
  const since = latest([f.trainingStart, f.lastHeldAt, afterBreak]);
  return Math.max(0, Math.floor((f.now.getTime() - since.getTime()) / DAY_MS));
}

export function assessRisk(f: RiskFacts): Risk {
  const reasons: RiskReason[] = [];
  if (f.openDropoutAlert) reasons.push("DROPOUT_RISK_ALERT");
  if (f.noShowsSinceLastHeld >= NO_SHOWS_IN_A_ROW) reasons.push("CONSECUTIVE_NO_SHOWS");
  if (daysWithoutSession(f) >= NO_SESSION_DAYS) reasons.push("NO_SESSION_14_DAYS");
  if (f.progress.status === "LATE" && f.progress.weeks > LATE_WEEKS_THRESHOLD) reasons.push("LATE_ON_PATH");
  if (f.openCommitmentSignal) reasons.push("COMMITMENT_SIGNAL");
  if (f.openAttendanceSignal) reasons.push("ATTENDANCE_SIGNAL");
  if (f.missedCallsSinceLastHeld >= 1) reasons.push("MISSED_CALLS");
  const kept = f.onBreak ? reasons.filter((r) => !ATTENDANCE_REASONS.includes(r)) : reasons;
  return { level: levelOf(kept), reasons: kept };
}

export function levelOf(reasons: readonly RiskReason[]): RiskLevel {
  if (reasons.length === 0) return "NONE";
  if (reasons.length >= 2 || reasons.some((r) => ALWAYS_HIGH.includes(r))) return "HIGH";
  return "MEDIUM";
}

/** Sort rank: HIGH first. */
export function riskRank(level: RiskLevel): number {
  return RISK_LEVELS.indexOf(level);
}
