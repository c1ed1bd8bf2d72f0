import "server-only";
import type { Prisma } from "@prisma/client";
import { getDb } from "@/lib/server/db";
import { assertRole, NotFoundError, type Actor } from "@/lib/server/auth/actor";
import {
  MAX_WEEKLY_COMMITMENT,
  MIN_WEEKLY_COMMITMENT,
  weeksCommitment,
  type CommitmentBreak,
  type CommitmentSession,
  type WeekCommitment,
} from "@/lib/domain/commitment";
import { isoWeekRange, lastIsoWeeks, weekMonday } from "@/lib/domain/week";

export type CommitmentLearner = { id: string; weeklyCommitment: number; startDate: Date };
type Facts = { sessions: (CommitmentSession & { learnerId: string })[]; breaks: (CommitmentBreak & { learnerId: string })[] };

/**
 * Internal helper for pages that show commitments: the sessions and approved breaks of these
 * learners touching [from, to), in two queries whatever the number of learners. Callers scope
 * the ids. Only dates and statuses are read: never a break's reason.
 */
export async function loadCommitmentFacts(learnerIds: string[], from: Date, to: Date): Promise<Facts> {
  if (learnerIds.length === 0) return { sessions: [], breaks: [] };
  const db = getDb();
  const [sessions, breaks] = await Promise.all([
    db.mentoringSession.findMany({
      where: { learnerId: { in: learnerIds }, scheduledAt: { gte: from, lt: to } },
      select: { learnerId: true, scheduledAt: true, status: true, cancelledBy: true },
    }),
    db.learnerBreak.findMany({
      where: {
        learnerId: { in: learnerIds },
        status: "APPROVED",
        // Calendar days: from the first week's Monday to the last week's Sunday.
        startDate: { lte: new Date(weekMonday(isoWeekRange(new Date(to.getTime() - 1))).getTime() + 6 * 86_400_000) },
        endDate: { gte: weekMonday(isoWeekRange(from)) },
      },
      select: { learnerId: true, startDate: true, endDate: true, status: true },
    }),
  ]);
  return { sessions, breaks };
}

/** Internal helper: the last `count` weeks (current first) of each learner's commitment. */
export async function commitmentHistories(learners: CommitmentLearner[], now: Date, count: number): Promise<Map<string, WeekCommitment[]>> {
  const weeks = lastIsoWeeks(now, count);
  const facts = await loadCommitmentFacts(
    learners.map((l) => l.id),
    weeks[weeks.length - 1].start,
    weeks[0].end,
  );
  const sessions = groupByLearner(facts.sessions);
  const breaks = groupByLearner(facts.breaks);
  return new Map(
    learners.map((learner) => [
      learner.id,
      weeksCommitment(
        {
          weeklyCommitment: learner.weeklyCommitment,
          trainingStart: learner.startDate,
          sessions: sessions.get(learner.id) ?? [],
          breaks: breaks.get(learner.id) ?? [],
        },
        weeks,
        now,
      ),
    ]),
  );
}

export function groupByLearner<T extends { learnerId: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(row.learnerId);
    if (list) list.push(row);
    else out.set(row.learnerId, [row]);
  }
  return out;
}

/** The weeks shown to a learner about themselves. */
export const LEARNER_WEEKS = 6;

/** The learner's own commitment over the last weeks, each week with its sessions (no notes). */
export async function getMyCommitment(actor: Actor, now = new Date()) {
  assertRole(actor, ["LEARNER"]);
  const db = getDb();
  const profile = await db.learnerProfile.findUnique({
    where: { userId: actor.id },
    select: { userId: true, weeklyCommitment: true, startDate: true },
  });
  if (!profile) throw new NotFoundError("learner profile");
  const learner = { id: profile.userId, weeklyCommitment: profile.weeklyCommitment, startDate: profile.startDate };
  const weeks = (await commitmentHistories([learner], now, LEARNER_WEEKS)).get(learner.id) ?? [];
  const sessions = await db.mentoringSession.findMany({
    where: { learnerId: actor.id, scheduledAt: { gte: weeks[weeks.length - 1].start, lt: weeks[0].end } },
    orderBy: { scheduledAt: "asc" },
    select: { id: true, scheduledAt: true, kind: true, status: true, cancelledBy: true, cancelledForBreakId: true },
  });
  return {
    weeklyCommitment: profile.weeklyCommitment,
    weeks: weeks.map((week) => ({ ...week, sessions: sessions.filter((s) => s.scheduledAt >= week.start && s.scheduledAt < week.end) })),
  };
}

/** Who may change a learner's weekly commitment: their advisor, or an admin. */
function commitmentScope(actor: Actor, learnerId: string): Prisma.LearnerProfileWhereInput {
  assertRole(actor, ["ADVISOR", "ADMIN"]);
  return actor.role === "ADMIN" ? { userId: learnerId } : { userId: learnerId, advisorId: actor.id };
}

/** Changes a learner's weekly commitment, recorded in the audit log. */
export async function updateWeeklyCommitment(actor: Actor, learnerId: string, value: number): Promise<void> {
  const where = commitmentScope(actor, learnerId);
  if (!Number.isInteger(value) || value < MIN_WEEKLY_COMMITMENT || value > MAX_WEEKLY_COMMITMENT) {
    throw new RangeError("weekly commitment out of range");
  }
  return getDb().$transaction(async (tx) => {
    const visible = await tx.learnerProfile.findFirst({ where, select: { userId: true } });
    if (!visible) throw new NotFoundError("learner profile");
    // Locked so that two concurrent changes audit the right "before".
    const [profile] = await tx.$queryRaw<{ userId: string; weeklyCommitment: number }[]>`
      SELECT "userId", "weeklyCommitment" FROM "LearnerProfile" WHERE "userId" = ${visible.userId} FOR UPDATE`;
    if (profile.weeklyCommitment === value) return;
    await tx.learnerProfile.update({ where: { userId: profile.userId }, data: { weeklyCommitment: value } });
    await tx.auditLog.create({
      data: {
        actorId: actor.id,
        action: "learner.weeklyCommitment.update",
        entityType: "LearnerProfile",
        entityId: profile.userId,
        learnerId: profile.userId,
        before: { weeklyCommitment: profile.weeklyCommitment },
        after: { weeklyCommitment: value },
      },
    });
  });
}
