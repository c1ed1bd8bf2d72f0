import "server-only";
import bcrypt from "bcryptjs";

// Apart from credentials.ts, which imports next-auth: the worker (auth-tokens.ts) hashes
// without loading Auth.js.
export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, 10);
}
