import "server-only";
import type { JWT } from "next-auth/jwt";
import { startAuthSession } from "@/lib/server/data/auth-sessions";
import { readClaims, withinAbsoluteLifetime } from "@/lib/domain/session-policy";

/**
 * The Auth.js jwt callback. At sign-in: a new session row and its claims. At every
 * renewal (GET /api/auth/session, any auth() call): the token as it was — signedInAt
 * never moves, so renewal cannot extend the 12 h — or null (the cookie is dropped)
 * past them, or for a token without the claims (a cookie from before them).
 */
export async function renewToken(token: JWT, user: { id?: string } | undefined, now: Date): Promise<JWT | null> {
  if (user?.id) return { ...token, ...(await startAuthSession(user.id, now)) };
  const claims = readClaims(token);
  if (!claims || !withinAbsoluteLifetime(claims.signedInAt, now)) return null;
  return token;
}
