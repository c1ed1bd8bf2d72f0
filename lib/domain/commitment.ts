// The weekly commitment (DOMAIN.md, "How the advisor follows a learner"): each learner
// commits to a number of sessions a week, mentoring or defence (one by default, changeable
// per learner), and an approved break suspends it.
//
// The rule, for one learner and one ISO week (Monday 00:00 to Monday 00:00 in Paris):
// - NOT_STARTED: the week began before the learner's training did.
// - ON_BREAK: an approved break covers at least one day of the week; the whole week is
//   suspended (a break is decided by the advisor, who knows why).
// - KEPT: held sessions, plus sessions the mentor or the school cancelled (the learner was
//   there to hold them), reach the commitment. Cancelled by the learner or missed: not counted.
// - IN_PROGRESS: the week is not over and the count is not reached yet.
// - AWAITING_RECORD: the week is over, the count is not reached, but past sessions whose
//   outcome the mentor has not recorded could still reach it: nothing is concluded yet.
// - NOT_KEPT: the week is over and even the unrecorded sessions could not reach it.
//
// Attendance: two no-shows in a row (cancelled sessions skipped, a held one ends the run).
import type { BreakStatus, CancelledBy, SessionStatus } from "@prisma/client";
import { describeIsoWeek, type IsoWeek, type WeekRange } from "./week";

export const DEFAULT_WEEKLY_COMMITMENT = 1;
export const MIN_WEEKLY_COMMITMENT = 1;
export const MAX_WEEKLY_COMMITMENT = 7;
export const NO_SHOWS_IN_A_ROW = 2;

export const COMMITMENT_STATUSES = ["KEPT", "NOT_KEPT", "IN_PROGRESS", "AWAITING_RECORD", "ON_BREAK", "NOT_STARTED"] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

export type CommitmentSession = { scheduledAt: Date; status: SessionStatus; cancelledBy: CancelledBy | null };
/** Calendar days (UTC midnight, as stored), end day included. */
export type CommitmentBreak = { startDate: Date; endDate: Date; status: BreakStatus };

export type CommitmentFacts = {
  weeklyCommitment: number;
  /** First day of the training (calendar day). */
  trainingStart: Date;
  /** Any of the learner's sessions: those outside the week are ignored. */
  sessions: CommitmentSession[];
  breaks: CommitmentBreak[];
};

export type WeekCommitment = {
  isoWeek: string;
  start: Date;
  end: Date;
  /** The Monday, as a calendar day. */
  monday: Date;
  required: number;
  held: number;
  /** Cancelled by the mentor or the school: counted as kept. */
  excused: number;
  /** Past sessions still marked as scheduled. */
  unrecorded: number;
  status: CommitmentStatus;
};

const DAY_MS = 86_400_000;

/** Whether the session counts towards the commitment although it was not held. */
export function isExcused(session: Pick<CommitmentSession, "status" | "cancelledBy">): boolean {
  return session.status === "CANCELLED" && (session.cancelledBy === "MENTOR" || session.cancelledBy === "SCHOOL");
}

function inWeek(at: Date, week: WeekRange): boolean {
  return at.getTime() >= week.start.getTime() && at.getTime() < week.end.getTime();
}

/** An approved break covering at least one day of the week. */
export function breakCoversWeek(breaks: CommitmentBreak[], week: IsoWeek): boolean {
  const monday = week.monday.getTime();
  const sunday = monday + 6 * DAY_MS;
  return breaks.some((b) => b.status === "APPROVED" && b.startDate.getTime() <= sunday && b.endDate.getTime() >= monday);
}

/** Whether the learner kept their commitment in a week (or the week containing an instant), as seen at `now`. */
export function weekCommitment(facts: CommitmentFacts, at: Date | IsoWeek, now: Date): WeekCommitment {
  const week = at instanceof Date ? describeIsoWeek(at) : at;
  const { monday } = week;
  const sessions = facts.sessions.filter((s) => inWeek(s.scheduledAt, week));
  const held = sessions.filter((s) => s.status === "HELD").length;
  const excused = sessions.filter(isExcused).length;
  const unrecorded = sessions.filter((s) => s.status === "SCHEDULED" && s.scheduledAt.getTime() < now.getTime()).length;
  const required = facts.weeklyCommitment;
  const base = { isoWeek: week.isoWeek, start: week.start, end: week.end, monday, required, held, excused, unrecorded };

  let status: CommitmentStatus;
  if (monday.getTime() < facts.trainingStart.getTime()) status = "NOT_STARTED";
  else if (breakCoversWeek(facts.breaks, week)) status = "ON_BREAK";
  else if (held + excused >= required) status = "KEPT";
  else if (week.end.getTime() > now.getTime()) status = "IN_PROGRESS";
  else if (held + excused + unrecorded >= required) status = "AWAITING_RECORD";
  else status = "NOT_KEPT";
  return { ...base, status };
}

/** The learner's commitment in each of these weeks (see lastIsoWeeks). */
export function weeksCommitment(facts: CommitmentFacts, weeks: IsoWeek[], now: Date): WeekCommitment[] {
  return weeks.map((week) => weekCommitment(facts, week, now));
}

/**
 * A run of NO_SHOWS_IN_A_ROW no-shows or more whose latest no-show falls in the week.
 * `sessions` must hold the week's sessions and the recorded ones just before it.
 */
export function noShowRunInWeek(sessions: CommitmentSession[], week: WeekRange): boolean {
  const recorded = sessions
    .filter((s) => s.status === "HELD" || s.status === "NO_SHOW")
    .sort((a, b) => a.scheduledAt.getTime() - b.scheduledAt.getTime());
  let run = 0;
  for (const session of recorded) {
    run = session.status === "NO_SHOW" ? run + 1 : 0;
    if (run >= NO_SHOWS_IN_A_ROW && inWeek(session.scheduledAt, week)) return true;
  }
  return false;
}

/** Weeks in which attendance is not checked at all. */
export function isSuspended(status: CommitmentStatus): boolean {
  return status === "ON_BREAK" || status === "NOT_STARTED";
}
