import "server-only";
import { getDb } from "@/lib/server/db";
import { DEMO_EMAIL_SUFFIX } from "@/lib/domain/demo-accounts";

/**
 * Start-up check (no actor yet): how many demo accounts could sign in
 * (active, with a password). The launcher asks the same in SQL
 * (scripts/lib/demo-accounts.ts), before the web server exists.
 */
export function countDemoSignIns(): Promise<number> {
  return getDb().user.count({ where: { email: { endsWith: DEMO_EMAIL_SUFFIX }, active: true, passwordHash: { not: null } } });
}
