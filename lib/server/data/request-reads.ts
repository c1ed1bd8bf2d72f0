import "server-only";
import { Prisma } from "@prisma/client";
import { getDb } from "@/lib/server/db";
import { NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { now as clockNow } from "@/lib/server/clock";
import type { NavCounts } from "@/lib/domain/navigation";
import { staffScope } from "./inbox";

// Who opened which request when, and the counts in the navigation read from it:
// what the other side wrote after a person last opened a request is new to them.

/** The requests a person may open (a request outside it is "not found"). */
function readableBy(actor: Actor): Prisma.SupportRequestWhereInput {
  switch (actor.role) {
    case "LEARNER":
    case "MENTOR":
      return { authorId: actor.id };
    case "ADVISOR":
    case "SUPPORT":
    case "MENTORSHIP_MANAGER":
      return staffScope(actor);
    case "ADMIN":
    case "DISABILITY_REFERENT":
      throw new NotFoundError();
  }
}

/** Records that the actor has just opened the request (its page calls this after loading it). */
export async function markRequestRead(actor: Actor, requestId: string, now = clockNow()): Promise<void> {
  const db = getDb();
  const found = await db.supportRequest.count({ where: { AND: [{ id: requestId }, readableBy(actor)] } });
  if (found !== 1) throw new NotFoundError("request");
  await db.$transaction([
    db.requestRead.upsert({
      where: { userId_requestId: { userId: actor.id, requestId } },
      create: { userId: actor.id, requestId, readAt: now },
      update: { readAt: now },
    }),
    // Its notifications are read too: the person has seen what they told.
    db.notification.updateMany({ where: { userId: actor.id, requestId, readAt: null }, data: { readAt: now } }),
  ]);
}

const count = async (query: Prisma.Sql) => (await getDb().$queryRaw<{ n: number }[]>(query))[0]?.n ?? 0;

/** A requester's own requests with a staff reply (or, for an alert, its outcome) they have not opened since. */
function unseenByRequester(actorId: string, what: "replies" | "handled") {
  const condition =
    what === "replies"
      ? Prisma.sql`EXISTS (SELECT 1 FROM "RequestEvent" e WHERE e."requestId" = r.id AND e.type = 'REPLY' AND e.visibility = 'PUBLIC'
          AND e."actorId" IS DISTINCT FROM ${actorId} AND e."createdAt" > coalesce(rr."readAt", '-infinity'::timestamp))`
      : Prisma.sql`r."loopClosedAt" > coalesce(rr."readAt", '-infinity'::timestamp)`;
  return count(Prisma.sql`
    SELECT count(*)::int AS n FROM "SupportRequest" r
    LEFT JOIN "RequestRead" rr ON rr."requestId" = r.id AND rr."userId" = ${actorId}
    WHERE r."authorId" = ${actorId} AND ${condition}`);
}

/** Open requests assigned to the actor that they have never opened, or whose requester wrote since. */
function unreadAssigned(actorId: string) {
  return count(Prisma.sql`
    SELECT count(*)::int AS n FROM "SupportRequest" r
    LEFT JOIN "RequestRead" rr ON rr."requestId" = r.id AND rr."userId" = ${actorId}
    WHERE r."assigneeId" = ${actorId} AND r.status NOT IN ('RESOLVED', 'CLOSED')
      AND (rr."readAt" IS NULL OR EXISTS (SELECT 1 FROM "RequestEvent" e WHERE e."requestId" = r.id AND e.type = 'REPLY'
        AND e."actorId" = r."authorId" AND e."createdAt" > rr."readAt"))`);
}

const OPEN: Prisma.SupportRequestWhereInput = { status: { notIn: ["RESOLVED", "CLOSED"] } };

/** The counts beside each role's navigation items (lib/domain/navigation.ts). */
export async function getNavCounts(actor: Actor): Promise<NavCounts> {
  if (actor.role === "ADMIN") return {};
  const [counts, unread] = await Promise.all([roleCounts(actor), getDb().notification.count({ where: { userId: actor.id, readAt: null } })]);
  return { ...counts, "/notifications": [{ key: "notifications", count: unread }] };
}

async function roleCounts(actor: Actor): Promise<NavCounts> {
  const db = getDb();
  switch (actor.role) {
    case "LEARNER":
      return { "/learner/requests": [{ key: "newReplies", count: await unseenByRequester(actor.id, "replies") }] };
    case "MENTOR": {
      const [handled, replies] = await Promise.all([unseenByRequester(actor.id, "handled"), unseenByRequester(actor.id, "replies")]);
      return { "/mentor/alerts": [{ key: "handledAlerts", count: handled }, { key: "newReplies", count: replies }] };
    }
    case "ADVISOR": {
      const [unread, signals] = await Promise.all([
        unreadAssigned(actor.id),
        db.learnerSignal.count({ where: { resolvedAt: null, learner: { advisorId: actor.id, user: { active: true } } } }),
      ]);
      return { "/advisor/requests": [{ key: "unread", count: unread }], "/advisor/signals": [{ key: "openSignals", count: signals }] };
    }
    case "SUPPORT":
    case "MENTORSHIP_MANAGER": {
      const [triage, mine] = await Promise.all([
        db.supportRequest.count({ where: { ...OPEN, queue: { in: ["TRIAGE", "SUPPORT"] }, assigneeId: null } }),
        db.supportRequest.count({ where: { ...OPEN, assigneeId: actor.id } }),
      ]);
      return { "/support": [{ key: "triage", count: triage }, { key: "mine", count: mine }] };
    }
    case "ADMIN":
    case "DISABILITY_REFERENT":
      return {};
  }
}
