import "server-only";
import { getDb, TX_OPTIONS } from "@/lib/server/db";
import { assertRole, NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { refuse } from "@/lib/server/errors";
import { holdDayOf } from "@/lib/domain/retention";
import type { LegalHoldInput } from "@/lib/schemas/special-category";
import { writeAudit } from "./audit";

// The admin's privacy tools around one learner: finding them, and legal holds. A hold in
// force (lib/domain/retention.ts holdInForce) suspends the retention job's erasures marked
// `legalHold` and refuses an erasure on request (lib/server/data/erasure.ts).

const ADMIN = ["ADMIN"] as const;

/** Admin: learners whose name or email contains the words typed (at most 20). */
export async function findPrivacyLearners(actor: Actor, q: string) {
  assertRole(actor, ADMIN);
  const words = q.trim().split(/\s+/).filter(Boolean).slice(0, 4);
  if (words.length === 0) return [];
  const rows = await getDb().user.findMany({
    where: {
      role: "LEARNER",
      learnerProfile: { isNot: null },
      AND: words.map((w) => ({ OR: [{ email: { contains: w, mode: "insensitive" as const } }, { firstName: { contains: w, mode: "insensitive" as const } }, { lastName: { contains: w, mode: "insensitive" as const } }] })),
    },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    take: 20,
    select: { id: true, firstName: true, lastName: true, email: true, active: true },
  });
  return rows.map((r) => ({ id: r.id, name: `${r.firstName} ${r.lastName}`, email: r.email, active: r.active }));
}

async function learnerOf(learnerId: string) {
  const learner = await getDb().learnerProfile.findUnique({ where: { userId: learnerId }, select: { userId: true } });
  if (!learner) throw new NotFoundError();
}

/** Admin: sets (or changes) the hold on a learner: its reason and last day, today or later. */
export async function setLegalHold(actor: Actor, input: LegalHoldInput, now: Date) {
  assertRole(actor, ADMIN);
  await learnerOf(input.learnerId);
  const endsOn = new Date(`${input.endsOn}T00:00:00Z`);
  if (endsOn < holdDayOf(now)) throw refuse.field("endsOn", "holdPast");
  await getDb().$transaction(async (tx) => {
    const before = await tx.legalHold.findUnique({ where: { learnerId: input.learnerId }, select: { reason: true, endsOn: true } });
    const data = { reason: input.reason, endsOn, createdById: actor.id };
    await tx.legalHold.upsert({ where: { learnerId: input.learnerId }, create: { learnerId: input.learnerId, ...data }, update: data });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "legalHold.set",
      entityType: "LearnerProfile",
      entityId: input.learnerId,
      learnerId: input.learnerId,
      before: before ? { reason: before.reason, endsOn: before.endsOn.toISOString().slice(0, 10) } : undefined,
      after: { reason: input.reason, endsOn: input.endsOn },
    });
  }, TX_OPTIONS);
}

/** Admin: lifts the hold: what was due under the schedule becomes due again. */
export async function liftLegalHold(actor: Actor, learnerId: string) {
  assertRole(actor, ADMIN);
  await learnerOf(learnerId);
  await getDb().$transaction(async (tx) => {
    const gone = await tx.legalHold.deleteMany({ where: { learnerId } });
    if (gone.count === 0) throw refuse.form("noHold");
    await writeAudit(tx, { actorId: actor.id, action: "legalHold.lifted", entityType: "LearnerProfile", entityId: learnerId, learnerId });
  }, TX_OPTIONS);
}
