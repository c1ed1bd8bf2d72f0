import "server-only";
import { Prisma } from "@prisma/client";
import { getDb } from "@/lib/server/db";
import { assertRole, type Actor } from "@/lib/server/auth/actor";
import { now as clockNow } from "@/lib/server/clock";
import { nextVisit, secondCallState } from "@/lib/domain/worklist";
import { staffScope } from "./inbox";

// The advisor's worklist on /advisor: what needs doing now, each row a link.
// Every list is scoped to the advisor's own learners (or requests assigned to them)
// and bounded; the page shows how many there are.

const LIMIT = 50;
const OPEN_ACTIVE: Prisma.SupportRequestWhereInput = { status: { in: ["NEW", "IN_PROGRESS"] } };
const learnerName = { select: { user: { select: { firstName: true, lastName: true } } } } as const;

/**
 * Opens the worklist: records the visit (lib/domain/worklist.ts nextVisit) and returns
 * everything the advisor has to act on, with "new since your last visit" measured from
 * the visit's start.
 */
export async function openWorklist(actor: Actor, now = clockNow()) {
  assertRole(actor, ["ADVISOR"]);
  const db = getDb();
  const previous = await db.worklistVisit.findUnique({ where: { userId: actor.id }, select: { sinceAt: true, lastSeenAt: true } });
  const visit = nextVisit(previous, now);
  await db.worklistVisit.upsert({ where: { userId: actor.id }, create: { userId: actor.id, ...visit }, update: visit });
  const scope = staffScope(actor);
  const mine = { learner: { advisorId: actor.id } } as const;
  // Calls today and tomorrow are not repeated here: their own block sits just above the
  // worklist on /advisor (app/(portal)/advisor/upcoming-calls.tsx), with phone, topic and case.
  const [newRequests, replies, signals, cases, overdue] = await Promise.all([
    db.supportRequest.findMany({
      where: { AND: [scope, { createdAt: { gt: visit.sinceAt }, authorId: { not: actor.id } }] },
      orderBy: { createdAt: "desc" },
      take: LIMIT,
      select: { id: true, number: true, subject: true, createdAt: true, side: true, learner: learnerName },
    }),
    // A requester's reply: written by a learner or a mentor, never by staff.
    db.requestEvent.findMany({
      where: { type: "REPLY", visibility: "PUBLIC", createdAt: { gt: visit.sinceAt }, actor: { role: { in: ["LEARNER", "MENTOR"] } }, request: scope },
      orderBy: { createdAt: "desc" },
      take: LIMIT,
      select: {
        id: true,
        createdAt: true,
        actor: { select: { firstName: true, lastName: true } },
        request: { select: { id: true, number: true, subject: true, learner: learnerName } },
      },
    }),
    db.learnerSignal.findMany({
      where: { resolvedAt: null, learner: { advisorId: actor.id, user: { active: true } } },
      orderBy: { createdAt: "desc" },
      take: LIMIT,
      select: { id: true, kind: true, isoWeek: true, learnerId: true, learner: learnerName },
    }),
    db.followUpCase.findMany({
      where: { status: "OPEN", ...mine, appointments: { some: { kind: "FIRST", status: "HELD" } } },
      orderBy: { openedAt: "asc" },
      take: LIMIT,
      select: { id: true, reason: true, learnerId: true, learner: learnerName, appointments: { select: { kind: true, status: true, startsAt: true } } },
    }),
    db.supportRequest.findMany({
      where: {
        assigneeId: actor.id,
        ...OPEN_ACTIVE,
        OR: [{ firstResponseAt: null, firstResponseDueAt: { lt: now } }, { resolutionDueAt: { lt: now } }],
      },
      orderBy: [{ resolutionDueAt: "asc" }],
      take: LIMIT,
      select: { id: true, number: true, subject: true, priority: true, firstResponseAt: true, firstResponseDueAt: true, resolutionDueAt: true, learner: learnerName },
    }),
  ]);
  const name = (l: { user: { firstName: string; lastName: string } }) => `${l.user.firstName} ${l.user.lastName}`;
  const secondCalls = cases.flatMap((c) => {
    const state = secondCallState(c.appointments);
    return state.waiting ? [{ caseId: c.id, learnerId: c.learnerId, learnerName: name(c.learner), reason: c.reason, bookedAt: state.bookedAt }] : [];
  });
  return {
    sinceAt: visit.sinceAt,
    newRequests: newRequests.map((r) => ({ id: r.id, number: r.number, subject: r.subject, side: r.side, at: r.createdAt, learnerName: name(r.learner) })),
    replies: replies.map((e) => ({
      id: e.id,
      at: e.createdAt,
      requestId: e.request.id,
      number: e.request.number,
      subject: e.request.subject,
      authorName: e.actor ? `${e.actor.firstName} ${e.actor.lastName}` : "",
      learnerName: name(e.request.learner),
    })),
    signals: signals.map((s) => ({ id: s.id, kind: s.kind, isoWeek: s.isoWeek, learnerId: s.learnerId, learnerName: name(s.learner) })),
    secondCalls,
    overdue: overdue.map((r) => ({
      id: r.id,
      number: r.number,
      subject: r.subject,
      priority: r.priority,
      learnerName: name(r.learner),
      late: r.firstResponseAt === null && r.firstResponseDueAt !== null && r.firstResponseDueAt < now ? ("firstResponse" as const) : ("resolution" as const),
    })),
  };
}

export type Worklist = Awaited<ReturnType<typeof openWorklist>>;
