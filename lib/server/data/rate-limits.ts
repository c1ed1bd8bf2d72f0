import "server-only";
import type { Prisma } from "@prisma/client";
import { getDb } from "@/lib/server/db";
import { blockedUntil, type RateCounter, type RateRule } from "@/lib/domain/rate-limits";

type Client = Prisma.TransactionClient;

/**
 * Counts one hit on `key` and returns the window's count, in one atomic statement: the
 * row is created, or its window restarted when it has ended, or its count raised. Two
 * app servers counting at once both land on the same row (ON CONFLICT takes its lock).
 */
export async function hitRateLimit(rule: RateRule, key: string, now: Date, client: Client = getDb()): Promise<RateCounter> {
  const windowOpen = new Date(now.getTime() - rule.windowMs);
  const rows = await client.$queryRaw<RateCounter[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count")
    VALUES (${rule.prefix + key}, ${now}::timestamp, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" <= ${windowOpen}::timestamp THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= ${windowOpen}::timestamp THEN ${now}::timestamp ELSE "RateLimit"."windowStart" END
    RETURNING "windowStart", "count"`;
  return rows[0]!;
}

/** The latest end of the windows that refuse now among `checks`, or null when none does. */
export async function rateLimitedUntil(checks: { rule: RateRule; key: string }[], now: Date): Promise<Date | null> {
  const keys = checks.map((c) => c.rule.prefix + c.key);
  const rows = await getDb().rateLimit.findMany({ where: { key: { in: keys } }, select: { key: true, windowStart: true, count: true } });
  let until: Date | null = null;
  for (const check of checks) {
    const row = rows.find((r) => r.key === check.rule.prefix + check.key) ?? null;
    const end = blockedUntil(check.rule, row, now);
    if (end && (!until || end > until)) until = end;
  }
  return until;
}

/** A successful sign-in forgets the account's failures (not the address's). */
export async function clearRateLimit(rule: RateRule, key: string): Promise<void> {
  await getDb().rateLimit.deleteMany({ where: { key: rule.prefix + key } });
}

/** Windows long closed are of no use (the worker's cleanup). */
export async function deleteStaleRateLimits(olderThan: Date): Promise<number> {
  return (await getDb().rateLimit.deleteMany({ where: { windowStart: { lt: olderThan } } })).count;
}
