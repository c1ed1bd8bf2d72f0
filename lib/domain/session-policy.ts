import type { Role } from "@prisma/client";

// The time rules of a signed-in session. The JWT carries who signed in (sub), which
// session it is (sid: a row of AuthSession), the account's session version at sign-in
// (sv) and when the sign-in happened (signedInAt, ms). Renewal re-signs the cookie but
// never changes signedInAt, so the absolute lifetime cannot be extended.

export const ABSOLUTE_LIFETIME_MS = 12 * 60 * 60 * 1000;
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
/** lastSeenAt is written at most this often (one UPDATE a minute per session, not one per request). */
export const TOUCH_EVERY_MS = 60 * 1000;

/** Staff who read sensitive files: their session also ends after a while without a request. */
export const IDLE_TIMEOUT_ROLES = ["ADVISOR", "SUPPORT", "MENTORSHIP_MANAGER", "ADMIN", "DISABILITY_REFERENT"] as const satisfies readonly Role[];

export type SessionClaims = { sub: string; sid: string; sv: number; signedInAt: number };

/** What the database says now about the claims' account and session. */
export type SessionRecord = {
  user: { id: string; role: Role; active: boolean; sessionVersion: number } | null;
  session: { userId: string; lastSeenAt: Date; endedAt: Date | null } | null;
};

export type SessionVerdict = "ok" | "unknown" | "ended" | "inactive" | "revoked" | "expired" | "idle";

/** Whether the token's sign-in is still within its fixed lifetime (also checked with no database at hand). */
export function withinAbsoluteLifetime(signedInAt: number, now: Date): boolean {
  const age = now.getTime() - signedInAt;
  return Number.isFinite(signedInAt) && age >= 0 && age < ABSOLUTE_LIFETIME_MS;
}

export function hasIdleTimeout(role: Role): boolean {
  return (IDLE_TIMEOUT_ROLES as readonly Role[]).includes(role);
}

/** Why a session token is refused, or "ok". Fails closed: anything missing refuses. */
export function sessionVerdict(claims: SessionClaims, record: SessionRecord, now: Date): SessionVerdict {
  const { user, session } = record;
  if (!user || !session || session.userId !== claims.sub || user.id !== claims.sub) return "unknown";
  if (session.endedAt) return "ended";
  if (!user.active) return "inactive";
  if (claims.sv !== user.sessionVersion) return "revoked";
  if (!withinAbsoluteLifetime(claims.signedInAt, now)) return "expired";
  if (hasIdleTimeout(user.role) && now.getTime() - session.lastSeenAt.getTime() >= IDLE_TIMEOUT_MS) return "idle";
  return "ok";
}

export function sessionIsValid(claims: SessionClaims, record: SessionRecord, now: Date): boolean {
  return sessionVerdict(claims, record, now) === "ok";
}

/** Whether this request should record itself as the session's last activity. */
export function shouldTouch(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= TOUCH_EVERY_MS;
}

/** The claims of a decoded token, or null when any is missing or mistyped (an older cookie). */
export function readClaims(token: Record<string, unknown> | null | undefined): SessionClaims | null {
  if (!token) return null;
  const { sub, sid, sv, signedInAt } = token;
  if (typeof sub !== "string" || typeof sid !== "string" || typeof sv !== "number" || typeof signedInAt !== "number") return null;
  return { sub, sid, sv, signedInAt };
}
