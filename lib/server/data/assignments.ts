import "server-only";
import type { AssignmentKind, Prisma } from "@prisma/client";
import { getDb } from "@/lib/server/db";
import { assertRole, NotFoundError, type Actor } from "@/lib/server/auth/actor";
import type { AssignmentInput, BulkMoveInput, LearnerSettingsInput } from "@/lib/schemas/admin";
import { writeAudits, type AuditEntry } from "@/lib/server/data/audit";

const FIELD = { ADVISOR: "advisorId", MENTOR: "mentorId" } as const satisfies Record<AssignmentKind, string>;
const ROLE = { ADVISOR: "ADVISOR", MENTOR: "MENTOR" } as const satisfies Record<AssignmentKind, string>;

export type AssignmentChange = { learnerId: string; kind: AssignmentKind; from: string | null; to: string | null };

/**
 * The history and audit of assignment changes: closes each learner's open row
 * of that kind, opens the new one and logs before/after, in the caller's
 * transaction (which also changes LearnerProfile). Batched: a bulk move of
 * hundreds of learners is five statements.
 */
export async function recordAssignmentChanges(
  tx: Prisma.TransactionClient,
  changes: AssignmentChange[],
  changedById: string,
  reason: string | null,
  at = new Date(),
): Promise<void> {
  for (const kind of ["ADVISOR", "MENTOR"] as const) {
    const ofKind = changes.filter((c) => c.kind === kind);
    if (ofKind.length === 0) continue;
    // Only a learner who had someone has an open row to close (no row is ever opened for "nobody").
    const closing = ofKind.filter((c) => c.from !== null).map((c) => c.learnerId);
    if (closing.length > 0) {
      await tx.assignmentHistory.updateMany({ where: { kind, endedAt: null, learnerId: { in: closing } }, data: { endedAt: at } });
    }
    await tx.assignmentHistory.createMany({
      data: ofKind
        .filter((c) => c.to)
        .map((c) => ({ learnerId: c.learnerId, kind, staffId: c.to, startedAt: at, changedById, reason })),
    });
  }
  await writeAudits(tx, changedById, changes.map((c) => auditOf(c, reason)));
}

function auditOf(change: AssignmentChange, reason: string | null): Omit<AuditEntry, "actorId"> {
  return {
    action: change.kind === "ADVISOR" ? "learner.advisor.changed" : "learner.mentor.changed",
    entityType: "LearnerProfile",
    entityId: change.learnerId,
    learnerId: change.learnerId,
    before: { [FIELD[change.kind]]: change.from },
    after: { [FIELD[change.kind]]: change.to, reason },
  };
}

async function assertStaff(tx: Prisma.TransactionClient, kind: AssignmentKind, id: string): Promise<boolean> {
  const found = await tx.user.count({ where: { id, role: ROLE[kind], active: true } });
  return found === 1;
}

/** Admin: advisors and mentors with their learner counts; deactivated ones too (their learners may still need moving). */
export async function listStaffOptions(actor: Actor) {
  assertRole(actor, ["ADMIN"]);
  const staff = await getDb().user.findMany({
    where: { role: { in: ["ADVISOR", "MENTOR"] } },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    select: { id: true, firstName: true, lastName: true, email: true, role: true, active: true, _count: { select: { advisedLearners: true, mentoredLearners: true } } },
  });
  const option = (s: (typeof staff)[number], learners: number) => ({ id: s.id, name: `${s.lastName} ${s.firstName}`, email: s.email, active: s.active, learners });
  return {
    advisors: staff.filter((s) => s.role === "ADVISOR").map((s) => option(s, s._count.advisedLearners)),
    mentors: staff.filter((s) => s.role === "MENTOR").map((s) => option(s, s._count.mentoredLearners)),
  };
}

/** Admin: training paths for the learner settings form. */
export async function listTrainingPaths(actor: Actor) {
  assertRole(actor, ["ADMIN"]);
  return getDb().trainingPath.findMany({ orderBy: { name: "asc" }, select: { id: true, code: true, name: true } });
}

export type AssignOutcome = "ok" | "unchanged" | "invalid-staff";

/** Admin: set a learner's advisor and mentor (empty = none); each change is dated in the history. */
export async function assignLearner(actor: Actor, learnerId: string, input: AssignmentInput): Promise<AssignOutcome> {
  assertRole(actor, ["ADMIN"]);
  return getDb().$transaction(async (tx) => {
    const profile = await tx.learnerProfile.findUnique({ where: { userId: learnerId }, select: { advisorId: true, mentorId: true } });
    if (!profile) throw new NotFoundError();
    const wanted = { ADVISOR: input.advisorId || null, MENTOR: input.mentorId || null };
    const changes: AssignmentChange[] = [];
    for (const kind of ["ADVISOR", "MENTOR"] as const) {
      const from = profile[FIELD[kind]];
      const to = wanted[kind];
      if (from === to) continue;
      if (to && !(await assertStaff(tx, kind, to))) return "invalid-staff";
      changes.push({ learnerId, kind, from, to });
    }
    if (changes.length === 0) return "unchanged";
    const reason = input.reason || null;
    await tx.learnerProfile.update({ where: { userId: learnerId }, data: { advisorId: wanted.ADVISOR, mentorId: wanted.MENTOR } });
    await recordAssignmentChanges(tx, changes, actor.id, reason);
    return "ok";
  });
}

/** Admin: a learner's assignment history, newest first. */
export async function listAssignmentHistory(actor: Actor, learnerId: string) {
  assertRole(actor, ["ADMIN"]);
  return getDb().assignmentHistory.findMany({
    where: { learnerId },
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      kind: true,
      startedAt: true,
      endedAt: true,
      reason: true,
      staff: { select: { firstName: true, lastName: true, email: true } },
      changedBy: { select: { firstName: true, lastName: true } },
    },
  });
}

const DAY = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Admin: training path, dates and weekly commitment of a learner. */
export async function updateLearnerSettings(actor: Actor, learnerId: string, input: LearnerSettingsInput): Promise<"ok" | "unchanged" | "invalid-path"> {
  assertRole(actor, ["ADMIN"]);
  return getDb().$transaction(async (tx) => {
    const before = await tx.learnerProfile.findUnique({
      where: { userId: learnerId },
      select: { trainingPathId: true, startDate: true, plannedEndDate: true, weeklyCommitment: true },
    });
    if (!before) throw new NotFoundError();
    if ((await tx.trainingPath.count({ where: { id: input.trainingPathId } })) === 0) return "invalid-path";
    const after = {
      trainingPathId: input.trainingPathId,
      startDate: DAY(input.startDate),
      plannedEndDate: DAY(input.plannedEndDate),
      weeklyCommitment: Number(input.weeklyCommitment),
    };
    const same =
      before.trainingPathId === after.trainingPathId &&
      before.startDate.getTime() === after.startDate.getTime() &&
      before.plannedEndDate.getTime() === after.plannedEndDate.getTime() &&
      before.weeklyCommitment === after.weeklyCommitment;
    if (same) return "unchanged";
    await tx.learnerProfile.update({ where: { userId: learnerId }, data: after });
    await writeAudits(tx, actor.id, [
      { action: "learner.settings.changed", entityType: "LearnerProfile", entityId: learnerId, learnerId, before, after },
    ]);
    return "ok";
  });
}

/** Admin: how many learners a bulk move would move (the preview). */
export async function previewBulkMove(actor: Actor, input: Pick<BulkMoveInput, "kind" | "fromId">): Promise<number> {
  assertRole(actor, ["ADMIN"]);
  return getDb().learnerProfile.count({ where: { [FIELD[input.kind]]: input.fromId } });
}

/** Admin: every learner of one advisor (or mentor) to another, e.g. when one leaves. */
export async function bulkMoveLearners(actor: Actor, input: BulkMoveInput): Promise<{ outcome: "ok" | "invalid-staff"; moved: number }> {
  assertRole(actor, ["ADMIN"]);
  const field = FIELD[input.kind];
  return getDb().$transaction(
    async (tx) => {
      if (!(await assertStaff(tx, input.kind, input.toId))) return { outcome: "invalid-staff", moved: 0 };
      const learners = await tx.learnerProfile.findMany({ where: { [field]: input.fromId }, select: { userId: true } });
      if (learners.length === 0) return { outcome: "ok", moved: 0 };
      const ids = learners.map((l) => l.userId);
      await tx.learnerProfile.updateMany({ where: { userId: { in: ids }, [field]: input.fromId }, data: { [field]: input.toId } });
      const reason = input.reason || null;
      const changes = ids.map((learnerId) => ({ learnerId, kind: input.kind, from: input.fromId, to: input.toId }));
      await recordAssignmentChanges(tx, changes, actor.id, reason);
      return { outcome: "ok", moved: ids.length };
    },
    { timeout: 60_000 },
  );
}
