import "server-only";
import type { CancelledBy, MentoringSession, Prisma, SessionKind, SessionStatus } from "@prisma/client";
import { getDb } from "@/lib/server/db";
import { assertRole, NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { cursorArgs, toPage } from "@/lib/server/pagination";
import { parisDay, type WeekRange } from "@/lib/domain/week";
import { defenceDuringBreak } from "@/lib/domain/breaks";
import { breakDuring, overlappingSession, pastSessionRefusal, planTimeRefusal, sessionEnd } from "@/lib/domain/session-planning";
import { MAX_DURATION } from "@/lib/schemas/session";
import { now as clockNow } from "@/lib/server/clock";
import { commitmentHistories } from "./commitments";

// Who sees which sessions (a learner's own are read through learner-home.ts and
// commitments.ts, which never select the private note):
// - a mentor: the sessions of their current learners; they edit those they hold;
// - an advisor: the sessions of their current learners, read only.
// Nothing here reads health, RQTH or absence reasons.

/** Sessions a mentor may edit: theirs, with a learner who is still theirs. */
function mentorsOwn(actor: Actor): Prisma.MentoringSessionWhereInput {
  return { mentorId: actor.id, learner: { mentorId: actor.id } };
}

function learnerScope(actor: Actor, learnerId: string): Prisma.LearnerProfileWhereInput {
  assertRole(actor, ["MENTOR", "ADVISOR"]);
  return actor.role === "MENTOR" ? { userId: learnerId, mentorId: actor.id } : { userId: learnerId, advisorId: actor.id };
}

const learnerName = { select: { userId: true, user: { select: { firstName: true, lastName: true } } } } as const;

/** A session in a list: when, what, and how it ended — no note. */
const sessionSummary = {
  id: true,
  scheduledAt: true,
  durationMinutes: true,
  kind: true,
  status: true,
  cancelledBy: true,
  cancelledForBreakId: true,
} as const;

/** Everything about a session, both notes included: for its mentor and the learner's advisor only. */
const sessionDetails = { ...sessionSummary, learnerNote: true, privateNote: true } as const;

/** The mentor's sessions in one week, in time order; a planned defence during an approved break is flagged. */
export async function listMentorWeek(actor: Actor, week: WeekRange) {
  assertRole(actor, ["MENTOR"]);
  const rows = await getDb().mentoringSession.findMany({
    where: { ...mentorsOwn(actor), scheduledAt: { gte: week.start, lt: week.end } },
    orderBy: [{ scheduledAt: "asc" }, { id: "asc" }],
    select: {
      ...sessionSummary,
      learner: {
        select: {
          ...learnerName.select,
          // Only the dates of approved breaks: never their reason.
          breaks: { where: { status: "APPROVED", startDate: { lte: week.end }, endDate: { gte: parisDay(week.start) } }, select: { startDate: true, endDate: true } },
        },
      },
    },
  });
  return rows.map(({ learner: { breaks, ...learner }, ...s }) => ({ ...s, learner, defenceDuringBreak: defenceDuringBreak(s, breaks) }));
}

/** Sessions that have started but whose outcome the mentor has not recorded yet, oldest first. */
export async function listSessionsToRecord(actor: Actor, now = new Date(), take = 20) {
  assertRole(actor, ["MENTOR"]);
  const where = { ...mentorsOwn(actor), status: "SCHEDULED" as const, scheduledAt: { lt: now } };
  const db = getDb();
  const [items, total] = await Promise.all([
    db.mentoringSession.findMany({
      where,
      orderBy: [{ scheduledAt: "asc" }, { id: "asc" }],
      take,
      select: { id: true, scheduledAt: true, kind: true, learner: learnerName },
    }),
    db.mentoringSession.count({ where }),
  ]);
  return { items, total };
}

/** One of the mentor's sessions with its edit history; 404 for anyone else's. */
export async function getMentorSession(actor: Actor, sessionId: string) {
  assertRole(actor, ["MENTOR"]);
  const session = await getDb().mentoringSession.findFirst({
    where: { id: sessionId, ...mentorsOwn(actor) },
    select: {
      ...sessionDetails,
      version: true,
      learner: learnerName,
      revisions: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true, createdAt: true, before: true, editedBy: { select: { firstName: true, lastName: true } } },
      },
    },
  });
  if (!session) throw new NotFoundError("session");
  return { ...session, revisions: session.revisions.map((r) => ({ ...r, before: readSnapshot(r.before) })) };
}

/** The mentor's current learners, by name: whom they may plan a session with. */
export async function listMentorLearnerOptions(actor: Actor) {
  assertRole(actor, ["MENTOR"]);
  const rows = await getDb().learnerProfile.findMany({
    where: { mentorId: actor.id, user: { active: true } },
    orderBy: [{ user: { lastName: "asc" } }, { user: { firstName: "asc" } }, { userId: "asc" }],
    select: learnerName.select,
  });
  return rows.map((row) => ({ id: row.userId, name: `${row.user.firstName} ${row.user.lastName}` }));
}

export type PlanSession = { learnerId: string; kind: SessionKind; scheduledAt: Date; durationMinutes: number; confirmBreak?: boolean };
export type LogPastSession = PlanSession & { status: "HELD" | "NO_SHOW"; learnerNote: string | null; privateNote: string | null };

/** Another of the mentor's sessions at that time, or the learner's approved break: what the form says. */
export type PlanOutcome =
  | { ok: true; id: string }
  | { ok: false; refused: "past" | "notYet" | "tooOld" }
  | { ok: false; refused: "overlap"; other: { scheduledAt: Date; durationMinutes: number; learner: string } }
  | { ok: false; refused: "break"; span: { startDate: Date; endDate: Date } };

/**
 * Checks a session's time against the mentor's other sessions and the learner's approved
 * breaks, then creates it: in one transaction holding the mentor's lock, so two plans at
 * once cannot both take the same hour.
 */
async function createCheckedSession(
  actor: Actor,
  input: PlanSession,
  timeRefusal: "past" | "notYet" | "tooOld" | null,
  data: Pick<Prisma.MentoringSessionUncheckedCreateInput, "status" | "learnerNote" | "privateNote">,
): Promise<PlanOutcome> {
  assertRole(actor, ["MENTOR"]);
  return getDb().$transaction(async (tx) => {
    const learner = await tx.learnerProfile.findFirst({
      where: { userId: input.learnerId, mentorId: actor.id, user: { active: true } },
      select: { userId: true },
    });
    if (!learner) throw new NotFoundError("learner");
    if (timeRefusal) return { ok: false, refused: timeRefusal };
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`mentor-planning:${actor.id}`}))`;
    const slot = { scheduledAt: input.scheduledAt, durationMinutes: input.durationMinutes };
    // Sessions last at most MAX_DURATION minutes: only those starting that long before can reach this one.
    const windowStart = new Date(input.scheduledAt.getTime() - MAX_DURATION * 60_000);
    const [busy, breaks] = await Promise.all([
      tx.mentoringSession.findMany({
        where: { mentorId: actor.id, status: { not: "CANCELLED" }, scheduledAt: { gte: windowStart, lt: sessionEnd(slot) } },
        select: { id: true, scheduledAt: true, durationMinutes: true, learner: learnerName },
      }),
      tx.learnerBreak.findMany({
        where: { learnerId: learner.userId, status: "APPROVED", endDate: { gte: parisDay(input.scheduledAt) }, startDate: { lte: parisDay(sessionEnd(slot)) } },
        select: { startDate: true, endDate: true },
      }),
    ]);
    const other = overlappingSession(slot, busy);
    if (other) {
      return { ok: false, refused: "overlap", other: { scheduledAt: other.scheduledAt, durationMinutes: other.durationMinutes, learner: `${other.learner.user.firstName} ${other.learner.user.lastName}` } };
    }
    const span = breakDuring(slot, breaks);
    if (span && !input.confirmBreak) return { ok: false, refused: "break", span };
    const created = await tx.mentoringSession.create({
      data: { learnerId: learner.userId, mentorId: actor.id, kind: input.kind, scheduledAt: input.scheduledAt, durationMinutes: input.durationMinutes, ...data },
      select: { id: true },
    });
    return { ok: true, id: created.id };
  });
}

/** A new session with one of the mentor's current learners: from now on, at a free time of the mentor's. */
export async function planSession(actor: Actor, input: PlanSession, now = clockNow()): Promise<PlanOutcome> {
  return createCheckedSession(actor, input, planTimeRefusal(input, now), { status: "SCHEDULED" });
}

/** A session that already took place (up to 14 days back), logged with its outcome: no plan, no invitation. */
export async function logPastSession(actor: Actor, input: LogPastSession, now = clockNow()): Promise<PlanOutcome> {
  return createCheckedSession(actor, input, pastSessionRefusal(input, now), {
    status: input.status,
    learnerNote: input.learnerNote,
    privateNote: input.privateNote,
  });
}

export type SessionChanges = {
  kind: SessionKind;
  scheduledAt: Date;
  durationMinutes: number;
  status: SessionStatus;
  cancelledBy: CancelledBy | null;
  learnerNote: string | null;
  privateNote: string | null;
};

/** What a revision keeps of the session before an edit. */
export type SessionSnapshot = {
  kind: SessionKind;
  scheduledAt: string;
  durationMinutes: number;
  status: SessionStatus;
  cancelledBy: CancelledBy | null;
  learnerNote: string | null;
  privateNote: string | null;
};

export function sessionSnapshot(s: MentoringSession): SessionSnapshot {
  return {
    kind: s.kind,
    scheduledAt: s.scheduledAt.toISOString(),
    durationMinutes: s.durationMinutes,
    status: s.status,
    cancelledBy: s.cancelledBy,
    learnerNote: s.learnerNote,
    privateNote: s.privateNote,
  };
}

function readSnapshot(value: Prisma.JsonValue): SessionSnapshot {
  return value as unknown as SessionSnapshot;
}

/**
 * Records what happened, or changes the plan. Optimistic locking: `expectedVersion` is the
 * version the mentor's form was built from; a concurrent edit makes this one a "conflict".
 * The state before the edit is kept as a revision, in the same transaction.
 */
export async function updateSession(
  actor: Actor,
  sessionId: string,
  expectedVersion: number,
  changes: SessionChanges,
  now = clockNow(),
): Promise<"ok" | "conflict" | "notYet" | "past" | "tooOld"> {
  assertRole(actor, ["MENTOR"]);
  const cancelledBy = changes.status === "CANCELLED" ? changes.cancelledBy : null;
  if (changes.status === "CANCELLED" && !cancelledBy) throw new TypeError("a cancellation needs its author");
  const data = { ...changes, cancelledBy };
  try {
    return await getDb().$transaction(async (tx) => {
      const current = await tx.mentoringSession.findFirst({ where: { id: sessionId, ...mentorsOwn(actor) } });
      if (!current) throw new NotFoundError("session");
      if (current.version !== expectedVersion) return "conflict";
      // Held or missed only once started; a moved session follows the planning rules:
      // a plan not in the past, a session that took place at most 14 days back.
      const slot = { scheduledAt: changes.scheduledAt, durationMinutes: changes.durationMinutes };
      const happened = changes.status === "HELD" || changes.status === "NO_SHOW";
      if (happened && slot.scheduledAt.getTime() > now.getTime()) return "notYet";
      if (slot.scheduledAt.getTime() !== current.scheduledAt.getTime()) {
        const refusal = happened ? pastSessionRefusal(slot, now) : changes.status === "SCHEDULED" ? planTimeRefusal(slot, now) : null;
        if (refusal) return refusal;
      }
      const before = sessionSnapshot(current);
      const after = sessionSnapshot({ ...current, ...data });
      if (JSON.stringify(before) === JSON.stringify(after)) return "ok";
      await tx.sessionRevision.create({ data: { sessionId, editedById: actor.id, before } });
      const { count } = await tx.mentoringSession.updateMany({
        where: { id: sessionId, version: expectedVersion },
        data: { ...data, version: { increment: 1 } },
      });
      if (count !== 1) throw new ConflictError();
      return "ok";
    });
  } catch (error) {
    if (error instanceof ConflictError) return "conflict";
    throw error;
  }
}

class ConflictError extends Error {}

/** The weeks of commitment shown beside a learner's session log. */
export const LOG_WEEKS = 8;

/** A learner's sessions, newest first, with both notes: for their mentor or their advisor. */
export async function getLearnerSessionLog(actor: Actor, learnerId: string, after?: string, now = new Date()) {
  const where = learnerScope(actor, learnerId);
  const db = getDb();
  const learner = await db.learnerProfile.findFirst({
    where,
    select: {
      userId: true,
      weeklyCommitment: true,
      startDate: true,
      user: { select: { firstName: true, lastName: true } },
      mentor: { select: { firstName: true, lastName: true } },
    },
  });
  if (!learner) throw new NotFoundError("learner");
  const [rows, histories] = await Promise.all([
    db.mentoringSession.findMany({
      where: { learnerId: learner.userId },
      orderBy: [{ scheduledAt: "desc" }, { id: "desc" }],
      ...cursorArgs(after),
      select: {
        ...sessionDetails,
        mentorId: true,
        mentor: { select: { firstName: true, lastName: true } },
      },
    }),
    commitmentHistories([{ id: learner.userId, weeklyCommitment: learner.weeklyCommitment, startDate: learner.startDate }], now, LOG_WEEKS),
  ]);
  return {
    learner: {
      id: learner.userId,
      firstName: learner.user.firstName,
      lastName: learner.user.lastName,
      weeklyCommitment: learner.weeklyCommitment,
      mentor: learner.mentor,
    },
    weeks: histories.get(learner.userId) ?? [],
    ...toPage(rows),
  };
}
