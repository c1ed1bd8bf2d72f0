// The abuse limits, as data. A fixed window per key: the first hit opens it, and it
// closes `windowMs` later whatever happened since (lib/server/data/rate-limits.ts).

export type RateRule = { prefix: string; limit: number; windowMs: number };

const MINUTE = 60 * 1000;

export const RATE_RULES = {
  /** Failed sign-ins on one account: past 10, even the right password waits for the window's end. */
  signInAccount: { prefix: "signin:account:", limit: 10, windowMs: 15 * MINUTE },
  /** Failed sign-ins from one client address, whatever the accounts. */
  signInIp: { prefix: "signin:ip:", limit: 50, windowMs: 15 * MINUTE },
  /** Reset emails to one address. */
  resetEmail: { prefix: "reset:email:", limit: 3, windowMs: 60 * MINUTE },
  /** Reset requests from one client address. */
  resetIp: { prefix: "reset:ip:", limit: 20, windowMs: 60 * MINUTE },
} as const satisfies Record<string, RateRule>;

export type RateCounter = { windowStart: Date; count: number };

/** When a window that holds `count` hits stops refusing; null when it refuses nothing now. */
export function blockedUntil(rule: RateRule, counter: RateCounter | null, now: Date): Date | null {
  if (!counter) return null;
  const end = counter.windowStart.getTime() + rule.windowMs;
  return end > now.getTime() && counter.count >= rule.limit ? new Date(end) : null;
}

/** Whether the hit that brought the window to `count` is still within the limit. */
export function withinLimit(rule: RateRule, count: number): boolean {
  return count <= rule.limit;
}
