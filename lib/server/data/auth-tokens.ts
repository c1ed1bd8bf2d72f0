import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { AuthTokenPurpose, Locale, Prisma } from "@prisma/client";
import { getDb, TX_OPTIONS } from "@/lib/server/db";
import { hashPassword } from "@/lib/server/auth/password";
import { normalizeEmail } from "@/lib/domain/email";
import { UNKNOWN_CLIENT } from "@/lib/domain/client-ip";
import { writeAudit, writeAudits } from "@/lib/server/data/audit";
import { enqueueAccountEmails } from "@/lib/server/mail/account-emails";
import { revokeAllSessions } from "@/lib/server/data/auth-sessions";
import { hitRateLimit } from "@/lib/server/data/rate-limits";
import { RATE_RULES, withinLimit } from "@/lib/domain/rate-limits";

/** How long a link works: an invitation waits for a new user's first visit; a reset is asked for now. */
export const TOKEN_TTL_MS: Record<AuthTokenPurpose, number> = {
  INVITATION: 72 * 60 * 60 * 1000,
  PASSWORD_RESET: 2 * 60 * 60 * 1000,
};

/** Only this hash is stored: a copy of the database does not hold working links. */
export function hashToken(raw: string): string {
  return createHash("sha256").update(raw, "utf8").digest("hex");
}

function newToken(): { raw: string; hash: string } {
  const raw = randomBytes(32).toString("base64url");
  return { raw, hash: hashToken(raw) };
}

/**
 * A single-use link token for a user, inside the caller's transaction; the
 * earlier unused tokens of the same purpose stop working. Returns the raw
 * token, which only the email carries.
 */
export async function issueAuthToken(
  tx: Prisma.TransactionClient,
  userId: string,
  purpose: AuthTokenPurpose,
  now = new Date(),
): Promise<string> {
  const { raw, hash } = newToken();
  await tx.authToken.deleteMany({ where: { userId, purpose, usedAt: null } });
  await tx.authToken.create({ data: { userId, purpose, tokenHash: hash, expiresAt: new Date(now.getTime() + TOKEN_TTL_MS[purpose]) } });
  return raw;
}

type Invitee = { id: string; email: string; firstName: string; locale: Locale };

/**
 * Invites users to set their password: a token and an email each, in the
 * caller's transaction (batched: an import invites thousands at once).
 */
export async function inviteUsers(tx: Prisma.TransactionClient, users: Invitee[], now = new Date()): Promise<void> {
  if (users.length === 0) return;
  const tokens = users.map((user) => ({ user, ...newToken() }));
  const expiresAt = new Date(now.getTime() + TOKEN_TTL_MS.INVITATION);
  await tx.authToken.deleteMany({ where: { userId: { in: users.map((u) => u.id) }, purpose: "INVITATION", usedAt: null } });
  await tx.authToken.createMany({ data: tokens.map((t) => ({ userId: t.user.id, purpose: "INVITATION", tokenHash: t.hash, expiresAt })) });
  await enqueueAccountEmails(tx, "invitation", tokens.map((t) => ({ user: t.user, token: t.raw })));
}

/** Whether a link still works (unused, unexpired, account active), for the set-password page. */
export async function inspectAuthToken(raw: string, now = new Date()): Promise<{ purpose: AuthTokenPurpose } | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(raw)) return null;
  const token = await getDb().authToken.findUnique({
    where: { tokenHash: hashToken(raw) },
    select: { purpose: true, usedAt: true, expiresAt: true, user: { select: { active: true } } },
  });
  if (!token || token.usedAt || token.expiresAt <= now || !token.user.active) return null;
  return { purpose: token.purpose };
}

/**
 * Sets the password through a link. The token is marked used by one
 * conditional update, so two concurrent submissions cannot both succeed.
 */
export async function setPasswordWithToken(raw: string, password: string, now = new Date()): Promise<"ok" | "invalid"> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(raw)) return "invalid";
  const passwordHash = await hashPassword(password);
  const tokenHash = hashToken(raw);
  return getDb().$transaction(async (tx) => {
    const claimed = await tx.authToken.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now }, user: { active: true } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) return "invalid";
    const token = await tx.authToken.findUniqueOrThrow({ where: { tokenHash }, select: { userId: true, purpose: true } });
    await tx.user.update({ where: { id: token.userId }, data: { passwordHash } });
    // A session opened with the old password (or by whoever knew it) ends at its next request.
    await revokeAllSessions(tx, token.userId);
    // A reset link must not outlive the password it replaced, nor an invitation the first one.
    await tx.authToken.updateMany({ where: { userId: token.userId, usedAt: null }, data: { usedAt: now } });
    await writeAudits(tx, token.userId, [
      { action: token.purpose === "INVITATION" ? "user.password.created" : "user.password.reset", entityType: "User", entityId: token.userId },
    ]);
    return "ok";
  });
}

/**
 * "Forgot password", in the web server: one row, as typed, whatever the address. No
 * lookup here, so a known and an unknown address take the same path and the same time;
 * the worker does the rest (processPasswordResetRequest).
 */
export async function requestPasswordReset(email: string, clientIp: string, now = new Date()): Promise<void> {
  await getDb().passwordResetRequest.create({ data: { email: normalizeEmail(email), clientIp, createdAt: now } });
}

export type ResetOutcome = "sent" | "no-account" | "limited";

/**
 * The worker: takes the oldest waiting request (rows locked by another worker are
 * skipped) and, in the same transaction, counts it against the address's and the
 * client's limits, then emails a reset link when the address is an active account's and
 * both limits allow it. Null when no request waits.
 */
export async function processPasswordResetRequest(now = new Date()): Promise<ResetOutcome | null> {
  return getDb().$transaction(async (tx) => {
    const [request] = await tx.$queryRaw<{ email: string; clientIp: string }[]>`
      DELETE FROM "PasswordResetRequest"
      WHERE "id" = (SELECT "id" FROM "PasswordResetRequest" ORDER BY "createdAt", "id" LIMIT 1 FOR UPDATE SKIP LOCKED)
      RETURNING "email", "clientIp"`;
    if (!request) return null;
    const perEmail = await hitRateLimit(RATE_RULES.resetEmail, request.email, now, tx);
    // Per client only when its address is known (TRUST_PROXY): one shared bucket would let
    // anybody stop everybody's resets.
    const perIp = request.clientIp === UNKNOWN_CLIENT ? null : await hitRateLimit(RATE_RULES.resetIp, request.clientIp, now, tx);
    if (!withinLimit(RATE_RULES.resetEmail, perEmail.count) || (perIp && !withinLimit(RATE_RULES.resetIp, perIp.count))) return "limited";
    const user = await tx.user.findUnique({
      where: { email: request.email },
      select: { id: true, email: true, firstName: true, locale: true, active: true },
    });
    if (!user || !user.active) return "no-account";
    const token = await issueAuthToken(tx, user.id, "PASSWORD_RESET", now);
    await enqueueAccountEmails(tx, "passwordReset", [{ user, token }]);
    return "sent";
  }, TX_OPTIONS);
}

/** The worker's round: every waiting request, one transaction each. */
export async function processPasswordResetRequests(now = new Date()): Promise<Record<ResetOutcome, number>> {
  const counts: Record<ResetOutcome, number> = { sent: 0, "no-account": 0, limited: 0 };
  for (let outcome = await processPasswordResetRequest(now); outcome; outcome = await processPasswordResetRequest(now)) counts[outcome]++;
  return counts;
}

/**
 * The first administrator of a new instance (no demo data on a real school's
 * database): created with an invitation link that the operator hands over.
 * Refused once any active administrator exists — from then on, accounts are
 * created in the portal. The check and the insert share one serializable
 * transaction, so two operators racing create one admin at most.
 */
export async function bootstrapFirstAdmin(
  input: { email: string; firstName: string; lastName: string; locale: Locale },
  now = new Date(),
): Promise<{ ok: true; token: string } | { ok: false; reason: "admin-exists" | "email-taken" }> {
  const email = normalizeEmail(input.email);
  return getDb().$transaction(
    async (tx) => {
      // One operator at a time: the others wait here, then see the admin.
      // (A serializable transaction would make the losers fail on commit.)
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('portal.bootstrap-admin'))`;
      if ((await tx.user.count({ where: { role: "ADMIN", active: true } })) > 0) return { ok: false, reason: "admin-exists" } as const;
      if (await tx.user.findUnique({ where: { email }, select: { id: true } })) return { ok: false, reason: "email-taken" } as const;
      const user = await tx.user.create({
        data: { email, firstName: input.firstName, lastName: input.lastName, role: "ADMIN", locale: input.locale },
        select: { id: true },
      });
      const token = await issueAuthToken(tx, user.id, "INVITATION", now);
      await writeAudit(tx, { actorId: null, action: "admin.bootstrap", entityType: "User", entityId: user.id, after: { email, role: "ADMIN" } });
      return { ok: true, token } as const;
    },
    TX_OPTIONS,
  );
}
