import "server-only";
import type { Prisma } from "@prisma/client";
import { getDb, TX_OPTIONS } from "@/lib/server/db";
import { assertRole, NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { now as clockNow } from "@/lib/server/clock";
import { LIVE_CHANNEL, type LiveEvent } from "@/lib/domain/live-events";
import { livePresence, presenceCutoff, type PresenceEntry, type PresenceState } from "@/lib/domain/presence";
import { staffScope } from "./inbox";

// The live channel's database side (issue 15). Writers announce inside their own
// transaction: PostgreSQL delivers a NOTIFY only at commit, to every listening app
// server, so a rolled-back write announces nothing. Presence rows are shared by every
// server and expire on their own (lib/domain/presence.ts).

const PRESENCE_ROLES = ["SUPPORT", "MENTORSHIP_MANAGER", "ADVISOR"] as const;

/** Announces `events` when the caller's transaction commits (same payloads are sent once). */
export async function announceInTx(tx: Prisma.TransactionClient, events: LiveEvent[]): Promise<void> {
  for (const event of events) await tx.$executeRaw`SELECT pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(event)})`;
}

/**
 * Whether the actor may hear that something happened on a request, by the same rules as
 * the pages that show it: staff within their scope, the requester on their own request.
 * Anyone else (an admin, the referent, another learner) hears nothing.
 */
export async function mayHearAboutRequest(actor: Actor, requestId: string): Promise<boolean> {
  const db = getDb();
  switch (actor.role) {
    case "SUPPORT":
    case "MENTORSHIP_MANAGER":
    case "ADVISOR":
      return (await db.supportRequest.count({ where: { AND: [staffScope(actor), { id: requestId }] } })) > 0;
    case "LEARNER":
    case "MENTOR":
      return (await db.supportRequest.count({ where: { id: requestId, authorId: actor.id } })) > 0;
    case "ADMIN":
    case "DISABILITY_REFERENT":
      return false;
  }
}

async function assertStaffRequest(actor: Actor, requestId: string): Promise<void> {
  assertRole(actor, PRESENCE_ROLES);
  if (!(await mayHearAboutRequest(actor, requestId))) throw new NotFoundError("request");
}

/** The actor is on the request's page (viewing, or typing a reply): their row refreshed, the others told. */
export async function recordPresence(actor: Actor, requestId: string, state: PresenceState, now = clockNow()): Promise<void> {
  await assertStaffRequest(actor, requestId);
  await getDb().$transaction(async (tx) => {
    const before = await tx.requestPresence.findUnique({ where: { requestId_userId: { requestId, userId: actor.id } }, select: { state: true, seenAt: true } });
    await tx.requestPresence.upsert({
      where: { requestId_userId: { requestId, userId: actor.id } },
      create: { requestId, userId: actor.id, state, seenAt: now },
      update: { state, seenAt: now },
    });
    // Rows long gone are of no use (a closed tab never says it left).
    await tx.requestPresence.deleteMany({ where: { seenAt: { lt: new Date(now.getTime() - 3_600_000) } } });
    // A beat that changes nothing others see stays quiet: only arrivals and state changes are announced.
    const changed = !before || before.state !== state || before.seenAt < presenceCutoff(now);
    if (changed) await announceInTx(tx, [{ k: "p", r: requestId }]);
  }, TX_OPTIONS);
}

/** The actor left the request's page. */
export async function leavePresence(actor: Actor, requestId: string): Promise<void> {
  await assertStaffRequest(actor, requestId);
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.requestPresence.deleteMany({ where: { requestId, userId: actor.id } });
    if (count > 0) await announceInTx(tx, [{ k: "p", r: requestId }]);
  }, TX_OPTIONS);
}

/** The other staff on the request's page now, with what they are doing. */
export async function listPresence(actor: Actor, requestId: string, now = clockNow()): Promise<PresenceEntry[]> {
  await assertStaffRequest(actor, requestId);
  const rows = await getDb().requestPresence.findMany({
    where: { requestId, seenAt: { gte: presenceCutoff(now) }, userId: { not: actor.id }, user: { active: true } },
    select: { userId: true, state: true, seenAt: true, user: { select: { firstName: true, lastName: true } } },
  });
  return livePresence(
    rows.map((r) => ({ userId: r.userId, state: r.state, seenAt: r.seenAt, firstName: r.user.firstName, lastName: r.user.lastName })),
    actor.id,
    now,
  );
}

/**
 * A reply typed while a new message arrived (issue 15): the newest message by someone else
 * after `lastSeen` (the thread's last message when the page was shown; "" for none), with
 * how many there are, or null. `internal`: staff see internal notes too.
 */
export async function newerMessageSince(requestId: string, viewerId: string, lastSeen: string, internal: boolean) {
  const db = getDb();
  const seen = lastSeen ? await db.requestEvent.findFirst({ where: { id: lastSeen, requestId }, select: { createdAt: true } }) : null;
  const where: Prisma.RequestEventWhereInput = {
    requestId,
    type: { in: internal ? ["REPLY", "INTERNAL_NOTE"] : ["REPLY"] },
    ...(internal ? {} : { visibility: "PUBLIC" }),
    OR: [{ actorId: null }, { actorId: { not: viewerId } }],
    ...(seen ? { createdAt: { gt: seen.createdAt } } : {}),
  };
  const [newest, count] = await Promise.all([
    db.requestEvent.findFirst({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true, body: true, createdAt: true, visibility: true, actor: { select: { firstName: true, lastName: true } } },
    }),
    db.requestEvent.count({ where }),
  ]);
  if (!newest) return null;
  return {
    id: newest.id,
    author: newest.actor ? `${newest.actor.firstName} ${newest.actor.lastName}` : "",
    body: newest.body ?? "",
    at: newest.createdAt.toISOString(),
    internal: newest.visibility === "INTERNAL" ? 1 : 0,
    count,
  };
}
