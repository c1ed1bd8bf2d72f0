import "server-only";
import bcrypt from "bcryptjs";
import { CredentialsSignin } from "next-auth";
import { findSignInAccount } from "@/lib/server/data/credentials";
import { clearRateLimit, hitRateLimit, rateLimitedUntil } from "@/lib/server/data/rate-limits";
import { RATE_RULES } from "@/lib/domain/rate-limits";
import { normalizeEmail } from "@/lib/domain/email";
import { now } from "@/lib/server/clock";
import { UNKNOWN_CLIENT } from "./client-ip";

// Compared against when the email is unknown, so a wrong email and a wrong
// password take the same time.
const DUMMY_HASH = "$2b$10$g13HOPxLfY1r.jGaDnJc/OUUUavLfwb3yyuQD.0VrJADzoXITjGtW";

/**
 * Too many failures on this account or from this address: refused before the password
 * is even compared. Auth.js passes it through to the sign-in action (which shows
 * `retryAt`) and answers `/api/auth/callback/credentials` with `code=rate_limited`.
 */
export class SignInRateLimited extends CredentialsSignin {
  code = "rate_limited";
  constructor(readonly retryAt: Date) {
    super();
  }
}

/**
 * The password check behind every sign-in (Auth.js's authorize: the form and the
 * callback endpoint). Each failure counts against the account and, behind a trusted
 * proxy, the client address (PostgreSQL, shared by every app server); past a limit, the
 * right password is refused too until the window ends.
 */
export async function verifyCredentials(email: string, password: string, ip: string = UNKNOWN_CLIENT): Promise<{ id: string } | null> {
  const at = now();
  const account = normalizeEmail(email);
  // Per client only when its address is known (TRUST_PROXY): with one shared bucket, 50
  // wrong passwords from anywhere would stop everybody signing in.
  const perClient = ip !== UNKNOWN_CLIENT;
  const until = await rateLimitedUntil(
    [{ rule: RATE_RULES.signInAccount, key: account }, ...(perClient ? [{ rule: RATE_RULES.signInIp, key: ip }] : [])],
    at,
  );
  if (until) throw new SignInRateLimited(until);
  const user = await findSignInAccount(email);
  const ok = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !user.passwordHash || !user.active || !ok) {
    await hitRateLimit(RATE_RULES.signInAccount, account, at);
    if (perClient) await hitRateLimit(RATE_RULES.signInIp, ip, at);
    return null;
  }
  await clearRateLimit(RATE_RULES.signInAccount, account);
  return { id: user.id };
}
