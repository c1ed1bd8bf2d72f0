import "server-only";
import { Prisma, type SessionKind, type SessionStatus } from "@prisma/client";
import { getDb } from "@/lib/server/db";

export type SessionSummary = { learnerId: string; scheduledAt: Date; status: SessionStatus; kind: SessionKind };

// Internal helpers for caseload-style pages: a fixed number of queries for
// any number of learners (never one query per row). Callers scope learnerIds.

/** The last past session and the next scheduled one of each learner. */
export async function lastAndNextSessions(learnerIds: string[], now: Date) {
  if (learnerIds.length === 0) return { last: new Map<string, SessionSummary>(), next: new Map<string, SessionSummary>() };
  const db = getDb();
  const [last, next] = await Promise.all([
    db.$queryRaw<SessionSummary[]>`
      SELECT DISTINCT ON ("learnerId") "learnerId", "scheduledAt", "status", "kind"
      FROM "MentoringSession"
      WHERE "learnerId" IN (${Prisma.join(learnerIds)}) AND "scheduledAt" < ${now}
      ORDER BY "learnerId", "scheduledAt" DESC`,
    db.$queryRaw<SessionSummary[]>`
      SELECT DISTINCT ON ("learnerId") "learnerId", "scheduledAt", "status", "kind"
      FROM "MentoringSession"
      WHERE "learnerId" IN (${Prisma.join(learnerIds)}) AND "scheduledAt" >= ${now} AND "status" = 'SCHEDULED'
      ORDER BY "learnerId", "scheduledAt" ASC`,
  ]);
  return { last: byLearner(last), next: byLearner(next) };
}

/** Held sessions (mentoring or defence) of each learner in [start, end). */
export async function heldSessionCounts(learnerIds: string[], start: Date, end: Date): Promise<Map<string, number>> {
  if (learnerIds.length === 0) return new Map();
  const rows = await getDb().mentoringSession.groupBy({
    by: ["learnerId"],
    where: { learnerId: { in: learnerIds }, status: "HELD", scheduledAt: { gte: start, lt: end } },
    _count: { _all: true },
  });
  return new Map(rows.map((row) => [row.learnerId, row._count._all]));
}

function byLearner(rows: SessionSummary[]): Map<string, SessionSummary> {
  return new Map(rows.map((row) => [row.learnerId, row]));
}
