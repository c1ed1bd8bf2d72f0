import "server-only";
import bcrypt from "bcryptjs";
import { findSignInAccount } from "@/lib/server/data/credentials";

// Compared against when the email is unknown, so a wrong email and a wrong
// password take the same time.
const DUMMY_HASH = "$2b$10$g13HOPxLfY1r.jGaDnJc/OUUUavLfwb3yyuQD.0VrJADzoXITjGtW";

export async function verifyCredentials(email: string, password: string): Promise<{ id: string } | null> {
  const user = await findSignInAccount(email);
  const ok = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !user.passwordHash || !user.active || !ok) return null;
  return { id: user.id };
}

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, 10);
}
