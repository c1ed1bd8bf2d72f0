import "server-only";
import { getDb } from "@/lib/server/db";

/**
 * Claims this period's run of a periodic job: true for one caller per period,
 * however many workers ask at once. A job seen for the first time is due now.
 * The claim is one UPDATE guarded by "nextRunAt <= now": concurrent callers queue
 * on the row lock, and each one after the first re-reads the row (PostgreSQL
 * re-checks the WHERE on the updated version) and finds it no longer due.
 */
export async function claimJobRun(name: string, now: Date, intervalMs: number): Promise<boolean> {
  const db = getDb();
  await db.$executeRaw`
    INSERT INTO "JobSchedule" ("name", "nextRunAt") VALUES (${name}, ${now}::timestamp)
    ON CONFLICT ("name") DO NOTHING`;
  const count = await db.$executeRaw`
    UPDATE "JobSchedule"
    SET "nextRunAt" = ${new Date(now.getTime() + intervalMs)}::timestamp, "lastRunAt" = ${now}::timestamp
    WHERE "name" = ${name} AND "nextRunAt" <= ${now}::timestamp`;
  return count === 1;
}
