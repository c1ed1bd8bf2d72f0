import "server-only";
import { deleteExpiredAuthSessions } from "@/lib/server/data/auth-sessions";
import { deleteStaleRateLimits } from "@/lib/server/data/rate-limits";

/** The longest rate-limit window (an hour) is long closed after a day. */
const RATE_LIMIT_KEEP_MS = 24 * 60 * 60 * 1000;

/** Drops session rows past their 12 h and rate-limit windows long closed. */
export async function cleanUpAuthRecords(now: Date): Promise<{ sessions: number; rateLimits: number }> {
  const sessions = await deleteExpiredAuthSessions(now);
  const rateLimits = await deleteStaleRateLimits(new Date(now.getTime() - RATE_LIMIT_KEEP_MS));
  return { sessions, rateLimits };
}
