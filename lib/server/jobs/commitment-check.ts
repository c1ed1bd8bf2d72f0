import "server-only";
import type { Prisma, SignalKind } from "@prisma/client";
import { isSuspended, noShowRunInWeek, weekCommitment } from "@/lib/domain/commitment";
import { describeIsoWeek, previousIsoWeek } from "@/lib/domain/week";
import { groupByLearner, loadCommitmentFacts } from "@/lib/server/data/commitments";
import { lastRecordedSessionsBefore, listLearnersToCheck, raiseSignals } from "@/lib/server/data/jobs/commitment-check";

export type CommitmentCheckReport = { isoWeek: string; learners: number; commitmentSignals: number; attendanceSignals: number };

/** Learners per round trip: at most 6 queries a batch, whatever the number of sessions. */
export const BATCH_SIZE = 1000;

/**
 * The weekly check: for every active learner with an advisor, the ISO week before `now`'s
 * (in Paris). Raises, for their current advisor, one COMMITMENT_NOT_KEPT signal when the
 * week's commitment was not kept, and one ATTENDANCE_PROBLEM signal when a run of two
 * no-shows ends in that week. Idempotent: a signal is unique per learner, kind and week, so
 * running twice (or on two workers) writes nothing more, and a resolved one stays resolved.
 * Run it often (hourly): an outcome the mentor records late is caught by a later run.
 */
export async function runCommitmentCheck(now: Date, batchSize = BATCH_SIZE): Promise<CommitmentCheckReport> {
  const week = describeIsoWeek(previousIsoWeek(now).start);
  const { isoWeek } = week;
  const report: CommitmentCheckReport = { isoWeek, learners: 0, commitmentSignals: 0, attendanceSignals: 0 };
  let after: string | undefined;

  for (;;) {
    const learners = await listLearnersToCheck(after, batchSize);
    if (learners.length === 0) break;
    after = learners[learners.length - 1].userId;
    const ids = learners.map((l) => l.userId);

    const { sessions, breaks } = await loadCommitmentFacts(ids, week.start, week.end);
    const missed = [...new Set(sessions.filter((s) => s.status === "NO_SHOW").map((s) => s.learnerId))];
    const before = await lastRecordedSessionsBefore(missed, week.start);

    const weekSessions = groupByLearner(sessions);
    const weekBreaks = groupByLearner(breaks);
    const signals: Record<SignalKind, Prisma.LearnerSignalCreateManyInput[]> = { COMMITMENT_NOT_KEPT: [], ATTENDANCE_PROBLEM: [] };
    for (const learner of learners) {
      const own = weekSessions.get(learner.userId) ?? [];
      const facts = {
        weeklyCommitment: learner.weeklyCommitment,
        trainingStart: learner.startDate,
        sessions: own,
        breaks: weekBreaks.get(learner.userId) ?? [],
      };
      const { status } = weekCommitment(facts, week, now);
      const signal = { learnerId: learner.userId, advisorId: learner.advisorId, isoWeek };
      if (status === "NOT_KEPT") signals.COMMITMENT_NOT_KEPT.push({ ...signal, kind: "COMMITMENT_NOT_KEPT" });
      const previous = before.get(learner.userId);
      if (!isSuspended(status) && noShowRunInWeek(previous ? [previous, ...own] : own, week)) {
        signals.ATTENDANCE_PROBLEM.push({ ...signal, kind: "ATTENDANCE_PROBLEM" });
      }
    }
    report.commitmentSignals += await raiseSignals(signals.COMMITMENT_NOT_KEPT);
    report.attendanceSignals += await raiseSignals(signals.ATTENDANCE_PROBLEM);
    report.learners += learners.length;
    if (learners.length < batchSize) break;
  }
  return report;
}
