import "server-only";
import { claimNextEmail, markEmailAttemptFailed, markEmailSent, renewEmailLease, type EmailClaim } from "@/lib/server/data/outbox";
import type { SendEmail } from "./transport";

/** After this many failed attempts an email is marked FAILED and left for an admin. */
export const MAX_ATTEMPTS = 8;

/**
 * How long a claim keeps other workers off an email. The sender renews it every
 * third of it while the SMTP exchange lasts (however slow), so it only runs out
 * when the worker stops renewing: it died, or lost the database. It is then how
 * soon another worker retries that email.
 */
export const LEASE_MS = 30_000;

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

export type DeliveryOptions = { clock?: Clock; leaseMs?: number; limit?: number };

/** `lost`: sent, but the lease had been taken over meanwhile (the worker stalled past it). */
export type DeliveryReport = { sent: number; retrying: number; failed: number; lost: number };

/** The backoff after a failed attempt: 1 min after the first, then 2, 4 … capped at 1 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(attempts - 1, 0), 3_600_000);
}

/**
 * Sends up to `limit` due emails, one after another, each under its own lease
 * (data/outbox.ts claimNextEmail): an email waiting behind a slow one is not
 * held by this worker, so another worker sends it, and never a second time.
 */
export async function deliverDueEmails(send: SendEmail, { clock = systemClock, leaseMs = LEASE_MS, limit = 20 }: DeliveryOptions = {}): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0, lost: 0 };
  for (let i = 0; i < limit; i++) {
    const claim = await claimNextEmail(clock(), leaseMs);
    if (!claim) break;
    report[await deliverClaimed(send, claim, clock, leaseMs)] += 1;
  }
  return report;
}

async function deliverClaimed(send: SendEmail, { email, token }: EmailClaim, clock: Clock, leaseMs: number): Promise<keyof DeliveryReport> {
  const lease = keepLease(email.id, token, clock, leaseMs);
  let failure: unknown = null;
  try {
    await send(email);
  } catch (error) {
    failure = error ?? new Error("send failed");
  } finally {
    await lease.stop();
  }
  if (failure === null) return (await markEmailSent(email.id, token, clock())) ? "sent" : "lost";

  const lastError = (failure instanceof Error ? failure.message : String(failure)).slice(0, 1000);
  const final = email.attempts >= MAX_ATTEMPTS;
  const retryAt = new Date(clock().getTime() + retryDelayMs(email.attempts));
  if (!(await markEmailAttemptFailed(email.id, token, { lastError, final, retryAt }))) return "lost";
  return final ? "failed" : "retrying";
}

/** Renews the lease every third of it until stopped; renewals never overlap. */
function keepLease(id: string, token: string, clock: Clock, leaseMs: number) {
  let renewing: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    // A failed renewal is not fatal here: the final mark checks the token anyway.
    renewing = renewing.then(() => renewEmailLease(id, token, new Date(clock().getTime() + leaseMs))).catch(() => false);
  }, leaseMs / 3);
  return {
    async stop() {
      clearInterval(timer);
      await renewing;
    },
  };
}
