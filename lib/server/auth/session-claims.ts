import type { Session } from "next-auth";
import { readClaims, type SessionClaims } from "@/lib/domain/session-policy";

/** The claims the session callback (auth.ts) copied from the token, if any. */
export function claimsOf(session: Session | null): SessionClaims | null {
  if (!session) return null;
  const claims = (session as Session & { claims?: Record<string, unknown> }).claims;
  return readClaims(claims);
}
