import "server-only";
import { claimWaitingReminder, closeWaitingRequest, listWaitingRequests } from "@/lib/server/data/jobs/waiting-requests";
import { waitingStep } from "@/lib/domain/sla";

/**
 * Requests waiting for their requester: a reminder after 3 working days, closed
 * with a notice after 10 (lib/domain/sla.ts, WAITING_RULES). Idempotent: each
 * step is claimed by a conditional write (data/jobs/waiting-requests.ts).
 */
export async function runWaitingRequests(now: Date): Promise<{ reminded: number; closed: number }> {
  let reminded = 0;
  let closed = 0;
  for (const r of await listWaitingRequests()) {
    if (!r.waitingSince) continue;
    const step = waitingStep(r.waitingSince, r.waitingRemindedAt, now);
    if (step === "remind" && (await claimWaitingReminder(r.id, r.waitingSince, now))) reminded += 1;
    if (step === "close" && (await closeWaitingRequest(r.id, r.waitingSince, now))) closed += 1;
  }
  return { reminded, closed };
}
