// Item 1 and 2 of issue 11 on real PostgreSQL: revocable sessions (version, sign-out,
// absolute lifetime, staff idle timeout) and the rate limits of sign-in and "forgot password".
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@prisma/client";
import { freshDatabase } from "./db";
import { createUser, staffAccountInput, uniqueEmail } from "@/tests/factories";
import { actorOf, describeAccessMatrix, expectEveryExportCovered, type AccessRow } from "./support/access";
import { ROLES } from "@/lib/domain/roles";
import type { Actor } from "@/lib/server/auth/actor";
import {
  actorFromSession,
  checkAuthSession,
  endAuthSession,
  signOutEverywhere,
  startAuthSession,
} from "@/lib/server/data/auth-sessions";
import { hitRateLimit } from "@/lib/server/data/rate-limits";
import { renewToken } from "@/lib/server/auth/session-token";
import { setUserActive, updateUserAccount } from "@/lib/server/data/users";
import { processPasswordResetRequests, requestPasswordReset, setPasswordWithToken } from "@/lib/server/data/auth-tokens";
import { SignInRateLimited, verifyCredentials } from "@/lib/server/auth/credentials";
import { cleanUpAuthRecords } from "@/lib/server/jobs/auth-cleanup";
import { RATE_RULES } from "@/lib/domain/rate-limits";
import { ABSOLUTE_LIFETIME_MS } from "@/lib/domain/session-policy";
import { setClock } from "@/lib/server/clock";
import { UNKNOWN_CLIENT } from "@/lib/domain/client-ip";

const db = freshDatabase();
const T0 = new Date("2026-12-01T08:00:00Z");
const MIN = 60_000;
const at = (ms: number) => new Date(T0.getTime() + ms);
const PASSWORD = "phrase-de-passe-longue";
let admin: Actor;

beforeAll(async () => {
  admin = actorOf(await createUser(db(), { role: "ADMIN" }));
});
afterEach(() => setClock(null));

async function resetToken(userId: string): Promise<string> {
  // A reset link as the email would carry it (issued the way the worker does).
  const { issueAuthToken } = await import("@/lib/server/data/auth-tokens");
  return db().$transaction((tx) => issueAuthToken(tx, userId, "PASSWORD_RESET", new Date()));
}

describe("sessions: every older token is dead at its next request", () => {
  it("plain sign-out ends this session only", async () => {
    const user = await createUser(db(), { role: "LEARNER" });
    const laptop = await startAuthSession(user.id, T0);
    const phone = await startAuthSession(user.id, T0);
    expect(await actorFromSession(laptop, at(MIN))).toMatchObject({ id: user.id, role: "LEARNER" });
    await endAuthSession(laptop.sid, at(2 * MIN));
    expect(await actorFromSession(laptop, at(3 * MIN))).toBeNull();
    expect(await checkAuthSession(laptop, at(3 * MIN))).toBe("ended");
    expect(await actorFromSession(phone, at(3 * MIN))).toMatchObject({ id: user.id });
  });

  it("'sign out of all my devices' bumps the version: every session ends", async () => {
    const user = await createUser(db(), { role: "ADVISOR" });
    const a = await startAuthSession(user.id, T0);
    const b = await startAuthSession(user.id, T0);
    await signOutEverywhere(actorOf(user), at(MIN));
    expect(await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } })).toEqual({ sessionVersion: a.sv + 1 });
    for (const claims of [a, b]) expect(await actorFromSession(claims, at(2 * MIN))).toBeNull();
    // A new sign-in carries the new version and works.
    const fresh = await startAuthSession(user.id, at(3 * MIN));
    expect(await actorFromSession(fresh, at(4 * MIN))).toMatchObject({ id: user.id });
  });

  it("a password reset refuses the token from before it", async () => {
    const user = await createUser(db(), { role: "LEARNER", password: PASSWORD });
    const old = await startAuthSession(user.id, new Date());
    expect(await setPasswordWithToken(await resetToken(user.id), "une toute nouvelle phrase")).toBe("ok");
    expect(await actorFromSession(old, new Date())).toBeNull();
    expect(await checkAuthSession(old, new Date())).not.toBe("ok");
  });

  it("deactivation then reactivation does not revive the old token", async () => {
    const user = await createUser(db(), { role: "MENTOR" });
    const old = await startAuthSession(user.id, new Date());
    expect(await setUserActive(admin, user.id, false)).toBe("ok");
    expect(await actorFromSession(old, new Date())).toBeNull();
    expect(await setUserActive(admin, user.id, true)).toBe("ok");
    expect(await actorFromSession(old, new Date())).toBeNull();
    const fresh = await startAuthSession(user.id, new Date());
    expect(await actorFromSession(fresh, new Date())).toMatchObject({ id: user.id });
  });

  it("a role change refuses the token from before it", async () => {
    const email = uniqueEmail("role");
    const user = await createUser(db(), { role: "SUPPORT", email });
    const old = await startAuthSession(user.id, new Date());
    expect(await updateUserAccount(admin, user.id, { ...staffAccountInput(email, "MENTORSHIP_MANAGER"), firstName: user.firstName, lastName: user.lastName })).toBe("ok");
    expect(await actorFromSession(old, new Date())).toBeNull();
    expect(await checkAuthSession(old, new Date())).toBe("revoked");
  });

  it("renewal cannot extend the 12 h from sign-in", async () => {
    const user = await createUser(db(), { role: "LEARNER" });
    const signedIn = await renewToken({}, { id: user.id }, T0);
    expect(signedIn).toMatchObject({ sub: user.id, signedInAt: T0.getTime() });
    // Renewed every hour (GET /api/auth/session re-issues the cookie): signedInAt stays.
    let token = signedIn!;
    for (let hour = 1; hour < 12; hour++) {
      token = (await renewToken(token, undefined, at(hour * 60 * MIN)))!;
      expect(token.signedInAt).toBe(T0.getTime());
    }
    const claims = { sub: user.id, sid: token.sid as string, sv: token.sv as number, signedInAt: token.signedInAt as number };
    expect(await actorFromSession(claims, at(ABSOLUTE_LIFETIME_MS - MIN))).toMatchObject({ id: user.id });
    expect(await renewToken(token, undefined, at(ABSOLUTE_LIFETIME_MS))).toBeNull();
    expect(await actorFromSession(claims, at(ABSOLUTE_LIFETIME_MS))).toBeNull();
    // A cookie from before the claims (no sid) is dropped at once.
    expect(await renewToken({ sub: user.id }, undefined, T0)).toBeNull();
  });

  it.each<[Role, boolean]>([
    ["ADVISOR", true],
    ["SUPPORT", true],
    ["MENTORSHIP_MANAGER", true],
    ["ADMIN", true],
    ["LEARNER", false],
    ["MENTOR", false],
  ])("31 min without a request: a %s session ends = %s; with a request every 20 min it goes on", async (role, idleEnds) => {
    const user = await createUser(db(), { role });
    const busy = await startAuthSession(user.id, T0);
    const idle = await startAuthSession(user.id, T0);
    for (let m = 20; m <= 120; m += 20) expect(await actorFromSession(busy, at(m * MIN)), `${m} min`).not.toBeNull();
    expect(await actorFromSession(idle, at(31 * MIN)) === null).toBe(idleEnds);
  });

  it("the cleanup drops session rows past 12 h", async () => {
    const user = await createUser(db(), { role: "LEARNER" });
    const old = await startAuthSession(user.id, at(-ABSOLUTE_LIFETIME_MS - MIN));
    await cleanUpAuthRecords(T0);
    expect(await db().authSession.count({ where: { id: old.sid } })).toBe(0);
  });
});

describe("sign-in rate limits", () => {
  it("10 failures on an account: the right password is refused until the window ends", async () => {
    const user = await createUser(db(), { role: "LEARNER", password: PASSWORD });
    setClock(T0);
    for (let i = 0; i < 10; i++) expect(await verifyCredentials(user.email, "mauvais mot de passe", `198.51.100.${i}`)).toBeNull();
    const refused = await verifyCredentials(user.email, PASSWORD, "198.51.100.99").catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(SignInRateLimited);
    expect((refused as SignInRateLimited).retryAt).toEqual(at(15 * MIN));
    expect((refused as SignInRateLimited).code).toBe("rate_limited");
    setClock(at(14 * MIN));
    await expect(verifyCredentials(user.email.toUpperCase(), PASSWORD)).rejects.toBeInstanceOf(SignInRateLimited);
    setClock(at(15 * MIN));
    expect(await verifyCredentials(user.email, PASSWORD)).toEqual({ id: user.id });
  });

  it("a success before the limit forgets the account's failures", async () => {
    const user = await createUser(db(), { role: "LEARNER", password: PASSWORD });
    setClock(T0);
    for (let i = 0; i < 9; i++) await verifyCredentials(user.email, "mauvais", "192.0.2.1");
    expect(await verifyCredentials(user.email, PASSWORD, "192.0.2.1")).toEqual({ id: user.id });
    for (let i = 0; i < 9; i++) await verifyCredentials(user.email, "mauvais", "192.0.2.1");
    expect(await verifyCredentials(user.email, PASSWORD, "192.0.2.1")).toEqual({ id: user.id });
  });

  it("an unknown email is limited the same way (no hint that it exists)", async () => {
    setClock(T0);
    const email = uniqueEmail("nobody");
    for (let i = 0; i < 10; i++) expect(await verifyCredentials(email, "x", "192.0.2.50")).toBeNull();
    await expect(verifyCredentials(email, "x", "192.0.2.51")).rejects.toBeInstanceOf(SignInRateLimited);
  });

  it("50 failures from one address, on many accounts: that address is refused, others are not", async () => {
    const user = await createUser(db(), { role: "MENTOR", password: PASSWORD });
    setClock(T0);
    const ip = "203.0.113.66";
    for (let i = 0; i < 50; i++) expect(await verifyCredentials(uniqueEmail(`spray${i}`), "x", ip)).toBeNull();
    await expect(verifyCredentials(user.email, PASSWORD, ip)).rejects.toBeInstanceOf(SignInRateLimited);
    expect(await verifyCredentials(user.email, PASSWORD, "203.0.113.67")).toEqual({ id: user.id });
    setClock(at(15 * MIN));
    expect(await verifyCredentials(user.email, PASSWORD, ip)).toEqual({ id: user.id });
  });

  it("with no trusted address (no TRUST_PROXY), failures elsewhere never lock an account out: only its own count", async () => {
    const user = await createUser(db(), { role: "MENTOR", password: PASSWORD });
    setClock(T0);
    for (let i = 0; i < 60; i++) expect(await verifyCredentials(uniqueEmail(`anon${i}`), "x", UNKNOWN_CLIENT)).toBeNull();
    expect(await verifyCredentials(user.email, PASSWORD, UNKNOWN_CLIENT)).toEqual({ id: user.id });
  });

  it("counting is atomic: 25 concurrent failures count 25", async () => {
    const key = uniqueEmail("race");
    const counts = await Promise.all(Array.from({ length: 25 }, () => hitRateLimit(RATE_RULES.signInAccount, key, T0)));
    expect(counts.map((c) => c.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });
});

describe("forgot password", () => {
  const tables = async () => ({
    requests: await db().passwordResetRequest.count(),
    emails: await db().emailOutbox.count(),
    tokens: await db().authToken.count(),
    audit: await db().auditLog.count(),
  });

  it("known and unknown addresses: the web server writes one request row and nothing else", async () => {
    await processPasswordResetRequests();
    const known = await createUser(db(), { role: "LEARNER" });
    const before = await tables();
    await requestPasswordReset(known.email, "192.0.2.9");
    const afterKnown = await tables();
    await requestPasswordReset(uniqueEmail("unknown"), "192.0.2.9");
    const afterUnknown = await tables();
    expect(afterKnown).toEqual({ ...before, requests: before.requests + 1 });
    expect(afterUnknown).toEqual({ ...before, requests: before.requests + 2 });
    const rows = await db().passwordResetRequest.findMany({ orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => Object.keys(r).sort())).toEqual([Object.keys(rows[0]!).sort(), Object.keys(rows[0]!).sort()]);
    expect(await processPasswordResetRequests()).toEqual({ sent: 1, "no-account": 1, limited: 0 });
    expect(await db().passwordResetRequest.count()).toBe(0);
  });

  it("15 requests for one address: at most 3 emails an hour", async () => {
    const user = await createUser(db(), { role: "LEARNER" });
    for (let i = 0; i < 15; i++) await requestPasswordReset(user.email, `192.0.2.${100 + i}`);
    expect(await processPasswordResetRequests(T0)).toEqual({ sent: 3, "no-account": 0, limited: 12 });
    expect(await db().emailOutbox.count({ where: { toAddress: user.email } })).toBe(3);
    // An hour later, the address may ask again.
    await requestPasswordReset(user.email, "192.0.2.200");
    expect(await processPasswordResetRequests(at(60 * MIN))).toMatchObject({ sent: 1 });
  });

  it("one address asking for many accounts is limited too (20 an hour)", async () => {
    const ip = "198.51.100.250";
    const users = await Promise.all(Array.from({ length: 22 }, () => createUser(db(), { role: "MENTOR" })));
    for (const u of users) await requestPasswordReset(u.email, ip);
    expect(await processPasswordResetRequests(T0)).toEqual({ sent: 20, "no-account": 0, limited: 2 });
  });

  it("two workers at once process each request once", async () => {
    const user = await createUser(db(), { role: "LEARNER" });
    await requestPasswordReset(user.email, "192.0.2.77");
    const [a, b] = await Promise.all([processPasswordResetRequests(T0), processPasswordResetRequests(T0)]);
    expect(a.sent + b.sent).toBe(1);
    expect(await db().emailOutbox.count({ where: { toAddress: user.email } })).toBe(1);
  });
});

describe("access", () => {
  const actors = {} as Record<Role, Actor>;
  beforeAll(async () => {
    for (const role of ROLES) actors[role] = actorOf(await createUser(db(), { role }));
  });
  const MATRIX: AccessRow[] = [{ name: "signOutEverywhere", call: (a) => signOutEverywhere(a, new Date()), allowed: ROLES }];
  describeAccessMatrix(MATRIX, (role) => actors[role]);

  // No actor on purpose: sign-in itself, the token's own session, the worker's cleanup and
  // counters; signOutEverywhere acts on the actor's own account only.
  it("every exported function of auth-sessions.ts and rate-limits.ts is a system function", async () => {
    await expectEveryExportCovered(import.meta.glob("../../lib/server/data/auth-sessions.ts"), MATRIX, [
      "startAuthSession",
      "checkAuthSession",
      "actorFromSession",
      "endAuthSession",
      "revokeAllSessions",
      "deleteExpiredAuthSessions",
    ]);
    await expectEveryExportCovered(import.meta.glob("../../lib/server/data/rate-limits.ts"), [], [
      "hitRateLimit",
      "rateLimitedUntil",
      "clearRateLimit",
      "deleteStaleRateLimits",
    ]);
  });
});
