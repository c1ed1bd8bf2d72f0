import "server-only";
import { Prisma } from "@prisma/client";
import { getDb } from "@/lib/server/db";
import { NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { now as clockNow } from "@/lib/server/clock";
import type { NavCountKey, NavCounts } from "@/lib/domain/navigation";
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
  // One statement, so both writes happen together without a transaction's three more
  // round trips (the request page sends this on every render). Its notifications are read
  // too: the person has seen what they told.
  await db.$executeRaw`
    WITH seen AS (
      INSERT INTO "RequestRead" ("userId", "requestId", "readAt") VALUES (${actor.id}, ${requestId}, ${now})
      ON CONFLICT ("userId", "requestId") DO UPDATE SET "readAt" = EXCLUDED."readAt"
      RETURNING 1
    )
    UPDATE "Notification" SET "readAt" = ${now} WHERE "userId" = ${actor.id} AND "requestId" = ${requestId} AND "readAt" IS NULL`;
}

// Each count of the navigation is a scalar subquery; getNavCounts sends them in one statement.

/** A requester's own requests with a staff reply (or, for an alert, its outcome) they have not opened since. */
function unseenByRequester(actorId: string, what: "replies" | "handled"): Prisma.Sql {
  const condition =
    what === "replies"
      ? Prisma.sql`EXISTS (SELECT 1 FROM "RequestEvent" e WHERE e."requestId" = r.id AND e.type = 'REPLY' AND e.visibility = 'PUBLIC'
          AND e."actorId" IS DISTINCT FROM ${actorId} AND e."createdAt" > coalesce(rr."readAt", '-infinity'::timestamp))`
      : Prisma.sql`r."loopClosedAt" > coalesce(rr."readAt", '-infinity'::timestamp)`;
  return Prisma.sql`(
    SELECT count(*)::int FROM "SupportRequest" r
    LEFT JOIN "RequestRead" rr ON rr."requestId" = r.id AND rr."userId" = ${actorId}
    WHERE r."authorId" = ${actorId} AND ${condition})`;
}

/** Open requests assigned to the actor that they have never opened, or whose requester wrote since. */
function unreadAssigned(actorId: string): Prisma.Sql {
  return Prisma.sql`(
    SELECT count(*)::int FROM "SupportRequest" r
    LEFT JOIN "RequestRead" rr ON rr."requestId" = r.id AND rr."userId" = ${actorId}
    WHERE r."assigneeId" = ${actorId} AND r."isOpen"
      AND (rr."readAt" IS NULL OR EXISTS (SELECT 1 FROM "RequestEvent" e WHERE e."requestId" = r.id AND e.type = 'REPLY'
        AND e."actorId" = r."authorId" AND e."createdAt" > rr."readAt")))`;
}

type Count = { href: string; key: NavCountKey; sql: Prisma.Sql };

function roleCounts(actor: Actor): Count[] {
  switch (actor.role) {
    case "LEARNER":
      return [{ href: "/learner/requests", key: "newReplies", sql: unseenByRequester(actor.id, "replies") }];
    case "MENTOR":
      return [
        { href: "/mentor/alerts", key: "handledAlerts", sql: unseenByRequester(actor.id, "handled") },
        { href: "/mentor/alerts", key: "newReplies", sql: unseenByRequester(actor.id, "replies") },
      ];
    case "ADVISOR":
      return [
        { href: "/advisor/requests", key: "unread", sql: unreadAssigned(actor.id) },
        {
          href: "/advisor/signals",
          key: "openSignals",
          sql: Prisma.sql`(SELECT count(*)::int FROM "LearnerSignal" g JOIN "LearnerProfile" lp ON lp."userId" = g."learnerId"
            JOIN "User" u ON u.id = lp."userId" AND u.active WHERE g."resolvedAt" IS NULL AND lp."advisorId" = ${actor.id})`,
        },
      ];
    case "SUPPORT":
    case "MENTORSHIP_MANAGER":
      return [
        { href: "/support", key: "triage", sql: Prisma.sql`(SELECT count(*)::int FROM "SupportRequest" r WHERE r."isOpen" AND r.queue IN ('TRIAGE', 'SUPPORT') AND r."assigneeId" IS NULL)` },
        { href: "/support", key: "mine", sql: Prisma.sql`(SELECT count(*)::int FROM "SupportRequest" r WHERE r."isOpen" AND r."assigneeId" = ${actor.id})` },
      ];
    case "ADMIN":
    case "DISABILITY_REFERENT":
      return [];
  }
}

/** The counts beside each role's navigation items (lib/domain/navigation.ts), in one statement. */
export async function getNavCounts(actor: Actor): Promise<NavCounts> {
  if (actor.role === "ADMIN") return {};
  const counts: Count[] = [
    ...roleCounts(actor),
    { href: "/notifications", key: "notifications", sql: Prisma.sql`(SELECT count(*)::int FROM "Notification" n WHERE n."userId" = ${actor.id} AND n."readAt" IS NULL)` },
  ];
  const [row] = await getDb().$queryRaw<{ counts: number[] }[]>`SELECT ARRAY[${Prisma.join(counts.map((c) => c.sql))}]::int[] AS counts`;
  const result: NavCounts = {};
  counts.forEach((c, i) => {
    (result[c.href] ??= []).push({ key: c.key, count: row.counts[i] ?? 0 });
  });
  return result;
}
