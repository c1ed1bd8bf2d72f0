import "server-only";
import { getDb } from "@/lib/server/db";

/** True when the database answers within two seconds. Public: reveals nothing but up/down. */
export async function checkDatabase(): Promise<boolean> {
  try {
    await Promise.race([
      getDb().$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 2000)),
    ]);
    return true;
  } catch {
    return false;
  }
}
