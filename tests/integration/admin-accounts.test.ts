import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "./db";
import { createUser, staffAccountInput, uniqueEmail } from "@/tests/factories";
import { actorOf } from "./support/access";
import type { Actor } from "@/lib/server/auth/actor";
import {
  actorFromUserId,
  createUserAccount,
  listUsersWithAssignments,
  resendInvitation,
  setUserActive,
  updateUserAccount,
} from "@/lib/server/data/users";
import { hashToken, inspectAuthToken, processPasswordResetRequests, requestPasswordReset, setPasswordWithToken, TOKEN_TTL_MS } from "@/lib/server/data/auth-tokens";
import { verifyCredentials } from "@/lib/server/auth/credentials";
import { listAuditLog } from "@/lib/server/data/audit";

const db = freshDatabase();
let admin: Actor;



/** The raw token of the last email sent to an address: the link is the only place it exists. */
async function tokenFromOutbox(to: string): Promise<string> {
  const email = await db().emailOutbox.findFirstOrThrow({ where: { toAddress: to }, orderBy: { createdAt: "desc" } });
  const match = /\/set-password\/([A-Za-z0-9_-]+)/.exec(email.textBody);
  if (!match) throw new Error("no link in the email");
  return match[1];
}

beforeAll(async () => {
  admin = actorOf(await createUser(db(), { role: "ADMIN" }));
});

describe("accounts", () => {
  it("a new account is invited by email, in the same transaction, with a hashed single-use token", async () => {
    const email = uniqueEmail("invite");
    const outcome = await createUserAccount(admin, staffAccountInput(email.toUpperCase()));
    expect(outcome.ok).toBe(true);
    const user = await db().user.findUniqueOrThrow({ where: { email } });
    expect(user.passwordHash).toBeNull();
    const mail = await db().emailOutbox.findFirstOrThrow({ where: { toAddress: email } });
    expect(mail.template).toBe("account.invitation");
    const raw = await tokenFromOutbox(email);
    const stored = await db().authToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).toBe(hashToken(raw));
    expect(stored.tokenHash).not.toContain(raw);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBeCloseTo(TOKEN_TTL_MS.INVITATION, -4);
  });

  it("emails are unique case-insensitively", async () => {
    const email = uniqueEmail("dup");
    await createUserAccount(admin, staffAccountInput(email));
    expect(await createUserAccount(admin, staffAccountInput(`  ${email.toUpperCase()} `))).toEqual({ ok: false, error: "email-taken" });
    const other = await createUser(db(), { role: "SUPPORT" });
    expect(await updateUserAccount(admin, other.id, { ...staffAccountInput(email.toUpperCase()), role: "SUPPORT" })).toBe("email-taken");
  });

  it("a learner keeps the learner role; staff never becomes a learner; an admin cannot demote or deactivate themselves", async () => {
    const mentor = await createUser(db(), { role: "MENTOR" });
    expect(await updateUserAccount(admin, mentor.id, { ...staffAccountInput(mentor.email), role: "LEARNER" })).toBe("role-locked");
    expect(await updateUserAccount(admin, admin.id, { ...staffAccountInput(admin.email), role: "SUPPORT" })).toBe("self");
    expect(await setUserActive(admin, admin.id, false)).toBe("self");
    expect(await updateUserAccount(admin, mentor.id, { ...staffAccountInput(mentor.email), role: "ADVISOR" })).toBe("ok");
    const log = await listAuditLog(admin, { userEmail: mentor.email });
    expect(log.items[0]).toMatchObject({ action: "user.role.changed", before: { role: "MENTOR" }, after: { role: "ADVISOR" } });
  });

  it("search, role and status filters, with keyset pages", async () => {
    const tag = `zz${Date.now()}`;
    for (let i = 0; i < 3; i++) await createUser(db(), { role: "MENTOR", lastName: `${tag}-${i}`, active: i !== 2 });
    const found = await listUsersWithAssignments(admin, { q: tag.toUpperCase(), role: "MENTOR", status: "active" });
    expect(found.total).toBe(2);
    expect(found.items.map((u) => u.lastName)).toEqual([`${tag}-0`, `${tag}-1`]);
    expect((await listUsersWithAssignments(admin, { q: tag, status: "inactive" })).items.map((u) => u.lastName)).toEqual([`${tag}-2`]);
    expect((await listUsersWithAssignments(admin, { q: tag, role: "ADVISOR" })).total).toBe(0);
  });
});

describe("deactivation", () => {
  it("ends an active session at its next request; reactivation restores it; records stay", async () => {
    const mentor = await createUser(db(), { role: "MENTOR", password: "phrase-de-passe-longue" });
    // The session's user id resolves to an actor on every request (lib/server/auth/session.ts).
    expect(await actorFromUserId(mentor.id)).toMatchObject({ id: mentor.id, role: "MENTOR" });
    expect(await setUserActive(admin, mentor.id, false)).toBe("ok");
    expect(await actorFromUserId(mentor.id)).toBeNull();
    expect(await verifyCredentials(mentor.email, "phrase-de-passe-longue")).toBeNull();
    const row = await db().user.findUniqueOrThrow({ where: { id: mentor.id } });
    expect(row.deactivatedAt).toBeInstanceOf(Date);
    expect(await setUserActive(admin, mentor.id, true)).toBe("ok");
    expect(await actorFromUserId(mentor.id)).toMatchObject({ id: mentor.id });
    const actions = (await listAuditLog(admin, { userEmail: mentor.email })).items.map((e) => e.action);
    expect(actions).toEqual(["user.reactivated", "user.deactivated"]);
  });
});

describe("password links", () => {
  it("an invitation works once, and sets the password", async () => {
    const email = uniqueEmail("once");
    await createUserAccount(admin, staffAccountInput(email));
    const raw = await tokenFromOutbox(email);
    expect(await inspectAuthToken(raw)).toEqual({ purpose: "INVITATION" });
    expect(await setPasswordWithToken(raw, "une phrase de passe solide")).toBe("ok");
    expect(await verifyCredentials(email, "une phrase de passe solide")).not.toBeNull();
    expect(await inspectAuthToken(raw)).toBeNull();
    expect(await setPasswordWithToken(raw, "une autre phrase de passe")).toBe("invalid");
    expect(await verifyCredentials(email, "une autre phrase de passe")).toBeNull();
  });

  it("two concurrent uses of the same link: exactly one succeeds", async () => {
    const email = uniqueEmail("race");
    await createUserAccount(admin, staffAccountInput(email));
    const raw = await tokenFromOutbox(email);
    const outcomes = await Promise.all([setPasswordWithToken(raw, "premiere phrase de passe"), setPasswordWithToken(raw, "seconde phrase de passe")]);
    expect(outcomes.sort()).toEqual(["invalid", "ok"]);
  });

  it("expires", async () => {
    const email = uniqueEmail("late");
    await createUserAccount(admin, staffAccountInput(email));
    const raw = await tokenFromOutbox(email);
    const later = new Date(Date.now() + TOKEN_TTL_MS.INVITATION + 1000);
    expect(await inspectAuthToken(raw, later)).toBeNull();
    expect(await setPasswordWithToken(raw, "une phrase de passe solide", later)).toBe("invalid");
  });

  it("a resent invitation replaces the previous link; a deactivated account's link stops working", async () => {
    const email = uniqueEmail("resend");
    const created = await createUserAccount(admin, staffAccountInput(email));
    if (!created.ok) throw new Error("not created");
    const first = await tokenFromOutbox(email);
    await new Promise((r) => setTimeout(r, 5));
    expect(await resendInvitation(admin, created.id)).toBe("ok");
    const second = await tokenFromOutbox(email);
    expect(second).not.toBe(first);
    expect(await inspectAuthToken(first)).toBeNull();
    await setUserActive(admin, created.id, false);
    expect(await setPasswordWithToken(second, "une phrase de passe solide")).toBe("invalid");
  });

  it("forgot password: an email for an active account, nothing for an unknown or deactivated one, same answer", async () => {
    const user = await createUser(db(), { role: "LEARNER" as const, email: uniqueEmail("forgot") });
    const gone = await createUser(db(), { role: "MENTOR", active: false });
    const before = await db().emailOutbox.count();
    await expect(requestPasswordReset(user.email.toUpperCase(), "test")).resolves.toBeUndefined();
    await expect(requestPasswordReset("personne@nulle-part.test", "test")).resolves.toBeUndefined();
    await expect(requestPasswordReset(gone.email, "test")).resolves.toBeUndefined();
    // The web server only records the requests; the worker sends.
    expect(await db().emailOutbox.count()).toBe(before);
    expect(await processPasswordResetRequests()).toEqual({ sent: 1, "no-account": 2, limited: 0 });
    expect(await db().emailOutbox.count()).toBe(before + 1);
    const raw = await tokenFromOutbox(user.email);
    expect(await inspectAuthToken(raw)).toEqual({ purpose: "PASSWORD_RESET" });
    expect(await setPasswordWithToken(raw, "nouvelle phrase de passe")).toBe("ok");
    expect(await verifyCredentials(user.email, "nouvelle phrase de passe")).toEqual({ id: user.id });
  });

  it("refuses malformed tokens without a query", async () => {
    expect(await inspectAuthToken("../../etc")).toBeNull();
    expect(await setPasswordWithToken("x", "une phrase de passe solide")).toBe("invalid");
  });
});
