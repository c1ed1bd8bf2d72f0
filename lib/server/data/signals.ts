import "server-only";
import type { Prisma } from "@prisma/client";
import { getDb } from "@/lib/server/db";
import { assertRole, NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { PAGE_SIZE } from "@/lib/server/pagination";
import { now as clockNow } from "@/lib/server/clock";

// The weekly job (lib/server/jobs/commitment-check.ts) raises the signals; the advisor of
// the learner *now* reads and resolves them, whoever was advisor when it was raised.

function openSignalsOf(actor: Actor): Prisma.LearnerSignalWhereInput {
  return { resolvedAt: null, learner: { advisorId: actor.id, user: { active: true } } };
}

/** The advisor's current learners that have open signals, by name, each with those signals (newest week first). */
export async function listOpenSignals(actor: Actor, after?: string, pageSize = PAGE_SIZE) {
  assertRole(actor, ["ADVISOR"]);
  const db = getDb();
  const rows = await db.learnerProfile.findMany({
    where: { advisorId: actor.id, user: { active: true }, signals: { some: { resolvedAt: null } } },
    orderBy: [{ user: { lastName: "asc" } }, { user: { firstName: "asc" } }, { userId: "asc" }],
    ...(after ? { cursor: { userId: after }, skip: 1 } : {}),
    take: pageSize + 1,
    select: {
      userId: true,
      weeklyCommitment: true,
      user: { select: { firstName: true, lastName: true } },
      signals: {
        where: { resolvedAt: null },
        orderBy: [{ isoWeek: "desc" }, { kind: "asc" }],
        select: { id: true, kind: true, isoWeek: true, createdAt: true },
      },
    },
  });
  const hasMore = rows.length > pageSize;
  const items = (hasMore ? rows.slice(0, pageSize) : rows).map((row) => ({
    id: row.userId,
    firstName: row.user.firstName,
    lastName: row.user.lastName,
    weeklyCommitment: row.weeklyCommitment,
    signals: row.signals,
  }));
  const total = await db.learnerSignal.count({ where: openSignalsOf(actor) });
  return { items, total, nextCursor: hasMore ? items[items.length - 1].id : null };
}

/**
 * Marks a signal as handled, with the advisor's note of what was done. Idempotent (a second
 * mark keeps the first note); 404 for a signal of someone else's learner.
 */
export async function resolveSignal(actor: Actor, signalId: string, note: string, now = clockNow()): Promise<void> {
  assertRole(actor, ["ADVISOR"]);
  const db = getDb();
  const { count } = await db.learnerSignal.updateMany({ where: { id: signalId, ...openSignalsOf(actor) }, data: { resolvedAt: now, resolutionNote: note.trim() } });
  if (count === 1) return;
  const already = await db.learnerSignal.count({ where: { id: signalId, learner: { advisorId: actor.id } } });
  if (already !== 1) throw new NotFoundError("signal");
}
