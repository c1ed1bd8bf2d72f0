import "server-only";
import { getDb, TX_OPTIONS } from "@/lib/server/db";
import { enqueueEmail } from "@/lib/server/data/outbox";
import { replyToFor } from "@/lib/server/mail/reply-address";
import { requestPathFor } from "@/lib/domain/request-paths";
import { waitingClosedEmail, waitingReminderEmail } from "@/lib/server/mail/templates/requests";
import { requestHeadSelect } from "../request-fields";
import { waitingChange, waitingClockSelect } from "../waiting";

// The waiting job (lib/server/jobs/waiting-requests.ts) runs without an actor.
// Each step is claimed by a write conditional on the wait it was computed for
// (same waitingSince, still waiting, not yet reminded), in the same transaction
// as its email: a second run, another worker or a requester's answer in between
// makes it a no-op.

/** Requests waiting for their requester, oldest wait first (at most 500 a run). */
export async function listWaitingRequests() {
  return getDb().supportRequest.findMany({
    where: { status: "WAITING_FOR_REQUESTER", waitingSince: { not: null } },
    orderBy: { waitingSince: "asc" },
    select: { id: true, waitingSince: true, waitingRemindedAt: true },
    take: 500,
  });
}

const mailSelect = { ...requestHeadSelect, author: { select: { id: true, email: true, firstName: true, locale: true, role: true, active: true } } } as const;

/** Reminds the requester once per wait; false when the step was taken (or made moot) meanwhile. */
export function claimWaitingReminder(id: string, waitingSince: Date, now: Date): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.supportRequest.updateMany({
      where: { id, status: "WAITING_FOR_REQUESTER", waitingSince, waitingRemindedAt: null },
      data: { waitingRemindedAt: now },
    });
    if (count !== 1) return false;
    const request = await tx.supportRequest.findUniqueOrThrow({ where: { id }, select: mailSelect });
    if (request.author.active) {
      const email = waitingReminderEmail(request.author, request, requestPathFor(request.author.role, id));
      await enqueueEmail(tx, { ...email, replyTo: replyToFor(request, request.author.id) });
    }
    return true;
  }, TX_OPTIONS);
}

/** Closes a request whose wait ran out, with a notice to the requester (their answer would still reopen nothing: it is closed). */
export function closeWaitingRequest(id: string, waitingSince: Date, now: Date): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const clock = await tx.supportRequest.findUniqueOrThrow({ where: { id }, select: waitingClockSelect });
    const { count } = await tx.supportRequest.updateMany({
      where: { id, status: "WAITING_FOR_REQUESTER", waitingSince },
      data: { status: "CLOSED", closedAt: now, version: { increment: 1 }, ...waitingChange(clock, "CLOSED", now) },
    });
    if (count !== 1) return false;
    await tx.requestEvent.create({
      data: { requestId: id, actorId: null, type: "STATUS_CHANGED", visibility: "PUBLIC", fromStatus: "WAITING_FOR_REQUESTER", toStatus: "CLOSED", createdAt: now },
    });
    const request = await tx.supportRequest.findUniqueOrThrow({ where: { id }, select: mailSelect });
    if (request.author.active) await enqueueEmail(tx, waitingClosedEmail(request.author, request, requestPathFor(request.author.role, id)));
    return true;
  }, TX_OPTIONS);
}
