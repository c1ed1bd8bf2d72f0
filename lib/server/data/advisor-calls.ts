import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { getDb } from "@/lib/server/db";
import { assertRole, type Actor } from "@/lib/server/auth/actor";
import { writeAudit } from "./audit";

// The advisor's phone calls: their day (/advisor), their week (/advisor/calendar) and a
// private calendar feed (a secret URL that Outlook or Google Calendar subscribes to).
// Only calls with the advisor's current learners; the feed carries no topic (it may hold
// health details) and no case notes.
const ADVISOR = ["ADVISOR"] as const;

/** The advisor's scheduled, held and missed calls starting in [from, to), in time order. */
export async function listMyCalls(actor: Actor, from: Date, to: Date) {
  assertRole(actor, ADVISOR);
  return getDb().appointment.findMany({
    where: { advisorId: actor.id, learner: { advisorId: actor.id }, status: { in: ["SCHEDULED", "HELD", "NO_SHOW"] }, startsAt: { gte: from, lt: to } },
    orderBy: { startsAt: "asc" },
    take: 200,
    select: {
      id: true,
      kind: true,
      status: true,
      startsAt: true,
      durationMinutes: true,
      topic: true,
      caseId: true,
      bookedByLearner: true,
      learner: { select: { userId: true, user: { select: { firstName: true, lastName: true, phone: true } } } },
    },
  });
}

const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

/** Whether the advisor has a feed URL (the token itself is never stored). */
export async function getMyFeedState(actor: Actor): Promise<{ active: boolean }> {
  assertRole(actor, ADVISOR);
  const row = await getDb().advisorAvailability.findUnique({ where: { advisorId: actor.id }, select: { feedTokenHash: true } });
  return { active: Boolean(row?.feedTokenHash) };
}

/** A new secret feed token (the old URL stops working at once); returned once, stored hashed. */
export async function renewMyFeedToken(actor: Actor): Promise<string> {
  assertRole(actor, ADVISOR);
  const token = randomBytes(32).toString("base64url");
  await getDb().$transaction(async (tx) => {
    await tx.advisorAvailability.upsert({ where: { advisorId: actor.id }, create: { advisorId: actor.id, feedTokenHash: hashOf(token) }, update: { feedTokenHash: hashOf(token) } });
    await writeAudit(tx, { actorId: actor.id, action: "calendarFeed.renewed", entityType: "AdvisorAvailability", entityId: actor.id });
  });
  return token;
}

/** Revokes the feed URL: subscribed calendars stop receiving the calls. */
export async function revokeMyFeedToken(actor: Actor): Promise<void> {
  assertRole(actor, ADVISOR);
  await getDb().$transaction(async (tx) => {
    await tx.advisorAvailability.updateMany({ where: { advisorId: actor.id }, data: { feedTokenHash: null } });
    await writeAudit(tx, { actorId: actor.id, action: "calendarFeed.revoked", entityType: "AdvisorAvailability", entityId: actor.id });
  });
}

const DAY = 86_400_000;

/**
 * The calls behind a feed token (the route handler has no session: the token is the key),
 * 30 days back to 90 ahead; null for an unknown or revoked token.
 */
export async function feedCalls(token: string, now: Date) {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const db = getDb();
  const owner = await db.advisorAvailability.findUnique({
    where: { feedTokenHash: hashOf(token) },
    select: { advisorId: true, advisor: { select: { firstName: true, lastName: true, email: true, active: true, role: true } } },
  });
  if (!owner || !owner.advisor.active || owner.advisor.role !== "ADVISOR") return null;
  const calls = await db.appointment.findMany({
    where: { advisorId: owner.advisorId, learner: { advisorId: owner.advisorId }, startsAt: { gte: new Date(now.getTime() - 30 * DAY), lt: new Date(now.getTime() + 90 * DAY) } },
    orderBy: { startsAt: "asc" },
    take: 1000,
    select: { icsUid: true, icsSequence: true, kind: true, status: true, startsAt: true, durationMinutes: true, learner: { select: { user: { select: { firstName: true, lastName: true, phone: true } } } } },
  });
  return { advisor: owner.advisor, calls };
}
