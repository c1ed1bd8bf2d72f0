import "server-only";
import type { Prisma } from "@prisma/client";
import { getDb } from "@/lib/server/db";
import type { CommitmentSession } from "@/lib/domain/commitment";

// The weekly commitment check (lib/server/jobs/commitment-check.ts) runs without an actor:
// it reads every followed learner and raises signals for their current advisor.

/** One batch of active learners who have an advisor, by id, after the cursor `after`. */
export function listLearnersToCheck(after: string | undefined, take: number) {
  return getDb().learnerProfile.findMany({
    where: { advisorId: { not: null }, user: { active: true }, ...(after ? { userId: { gt: after } } : {}) },
    orderBy: { userId: "asc" },
    take,
    select: { userId: true, advisorId: true, weeklyCommitment: true, startDate: true },
  });
}

/** Each learner's last held or missed session before `start`: a run of no-shows may begin there. */
export async function lastRecordedSessionsBefore(learnerIds: string[], start: Date): Promise<Map<string, CommitmentSession>> {
  if (learnerIds.length === 0) return new Map();
  const rows = await getDb().$queryRaw<(CommitmentSession & { learnerId: string })[]>`
    SELECT l."learnerId", s."scheduledAt", s."status", s."cancelledBy"
    FROM unnest(${learnerIds}::text[]) AS l("learnerId")
    CROSS JOIN LATERAL (
      SELECT "scheduledAt", "status", "cancelledBy" FROM "MentoringSession"
      WHERE "learnerId" = l."learnerId" AND "scheduledAt" < ${start} AND "status" IN ('HELD', 'NO_SHOW')
      ORDER BY "scheduledAt" DESC LIMIT 1
    ) AS s`;
  return new Map(rows.map(({ learnerId, ...session }) => [learnerId, session]));
}

/** Writes the signals, skipping duplicates: the unique (learner, kind, week) makes a second run write nothing. */
export async function raiseSignals(data: Prisma.LearnerSignalCreateManyInput[]): Promise<number> {
  if (data.length === 0) return 0;
  return (await getDb().learnerSignal.createMany({ data, skipDuplicates: true })).count;
}
