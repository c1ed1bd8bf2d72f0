import "server-only";
import { getDb } from "@/lib/server/db";
import { normalizeEmail } from "@/lib/domain/email";

/** Sign-in only (no actor yet): what a password check needs about the account of an email. */
export function findSignInAccount(email: string): Promise<{ id: string; active: boolean; passwordHash: string | null } | null> {
  return getDb().user.findUnique({
    where: { email: normalizeEmail(email) },
    select: { id: true, active: true, passwordHash: true },
  });
}
