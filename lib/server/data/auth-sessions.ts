import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@prisma/client";
import { getDb } from "@/lib/server/db";
import type { Actor } from "@/lib/server/auth/actor";
import { writeAudits } from "@/lib/server/data/audit";
import { announceInTx } from "@/lib/server/data/live";
import { ABSOLUTE_LIFETIME_MS, sessionVerdict, shouldTouch, type SessionClaims, type SessionVerdict } from "@/lib/domain/session-policy";

/** At sign-in (the Auth.js jwt callback): a new session row, and the claims its token carries. */
export async function startAuthSession(userId: string, now: Date): Promise<SessionClaims> {
  const db = getDb();
  const sid = randomUUID();
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  await db.authSession.create({ data: { id: sid, userId, signedInAt: now, lastSeenAt: now } });
  // Rows past any possible lifetime are of no use: dropped as new ones come.
  await db.authSession.deleteMany({ where: { userId, signedInAt: { lt: new Date(now.getTime() - ABSOLUTE_LIFETIME_MS) } } });
  return { sub: userId, sid, sv: user.sessionVersion, signedInAt: now.getTime() };
}

/** Account and session as the database has them now, in one query. */
async function readSessionRecord(claims: SessionClaims) {
  const session = await getDb().authSession.findUnique({
    where: { id: claims.sid },
    select: {
      userId: true,
      lastSeenAt: true,
      endedAt: true,
      user: { select: { id: true, role: true, active: true, sessionVersion: true, firstName: true, lastName: true, email: true, locale: true } },
    },
  });
  return session ? { user: session.user, session } : { user: null, session: null };
}

/** The verdict alone (tests, and whoever needs to say why a session ended). */
export async function checkAuthSession(claims: SessionClaims, now: Date): Promise<SessionVerdict> {
  return sessionVerdict(claims, await readSessionRecord(claims), now);
}

/**
 * The acting user behind a session token, on every request: role, active flag and
 * session version re-read, the session's own row checked (ended, idle), and its
 * activity recorded (at most once a minute). Null when anything refuses.
 */
export async function actorFromSession(claims: SessionClaims, now: Date): Promise<Actor | null> {
  const record = await readSessionRecord(claims);
  if (sessionVerdict(claims, record, now) !== "ok" || !record.user) return null;
  if (shouldTouch(record.session.lastSeenAt, now)) {
    await getDb().authSession.updateMany({ where: { id: claims.sid, lastSeenAt: { lt: now } }, data: { lastSeenAt: now } });
  }
  const { id, role, firstName, lastName, email, locale } = record.user;
  return { id, role, firstName, lastName, email, locale };
}

/** Sign-out: this session (its token) stops working everywhere; the others stay. */
export async function endAuthSession(sid: string, now: Date): Promise<void> {
  await getDb().$transaction(async (tx) => {
    await tx.authSession.updateMany({ where: { id: sid, endedAt: null }, data: { endedAt: now } });
    // Its live streams close on every app server.
    await announceInTx(tx, [{ k: "s", s: sid }]);
  });
}

/**
 * Every session of an account ends at its next request: the version in their tokens
 * is now older. Inside the caller's transaction (a password reset, a deactivation, a
 * role change), so the change and the revocation are committed together.
 */
export async function revokeAllSessions(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  await announceInTx(tx, [{ k: "v", u: userId }]);
}

/** "Sign out of all my devices": the actor's own sessions, this one included. */
export async function signOutEverywhere(actor: Actor, now: Date): Promise<void> {
  await getDb().$transaction(async (tx) => {
    await revokeAllSessions(tx, actor.id);
    await tx.authSession.updateMany({ where: { userId: actor.id, endedAt: null }, data: { endedAt: now } });
    await writeAudits(tx, actor.id, [{ action: "user.sessions.revoked", entityType: "User", entityId: actor.id, learnerId: actor.role === "LEARNER" ? actor.id : null }]);
  });
}

/** Session rows past any possible lifetime (the worker's hourly cleanup). */
export async function deleteExpiredAuthSessions(now: Date): Promise<number> {
  return (await getDb().authSession.deleteMany({ where: { signedInAt: { lt: new Date(now.getTime() - ABSOLUTE_LIFETIME_MS) } } })).count;
}
