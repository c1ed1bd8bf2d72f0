// Progress against the planned path, from the learner's milestones (projects).
// Pure: the caseload query reduces the milestones to two dates per learner.

export type ProgressInput = {
  /** Planned day of the oldest milestone not yet completed, if any. */
  firstIncompletePlanned: Date | null;
  /** Planned day of the furthest completed milestone, if any. */
  lastCompletedPlanned: Date | null;
};

export type Progress = { status: "AHEAD" | "ON_TIME" | "LATE"; weeks: number };

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * LATE by N whole weeks when the oldest unfinished project was planned N ≥ 1
 * weeks before today; AHEAD by N weeks when a project planned N ≥ 1 weeks from
 * now is already done; ON_TIME otherwise (less than a week either way).
 */
export function progressOf(input: ProgressInput, today: Date): Progress {
  if (input.firstIncompletePlanned) {
    const late = Math.floor((today.getTime() - input.firstIncompletePlanned.getTime()) / WEEK_MS);
    if (late >= 1) return { status: "LATE", weeks: late };
  }
  if (input.lastCompletedPlanned) {
    const ahead = Math.floor((input.lastCompletedPlanned.getTime() - today.getTime()) / WEEK_MS);
    if (ahead >= 1) return { status: "AHEAD", weeks: ahead };
  }
  return { status: "ON_TIME", weeks: 0 };
}
