import "server-only";
import type { Prisma } from "@prisma/client";
import { getDb, TX_OPTIONS } from "@/lib/server/db";
import { assertRole, NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { writeAudit } from "@/lib/server/data/audit";
import { bindUploadsInTx } from "@/lib/server/data/attachments";
import { mayReadConfidential } from "./confidential";
import { enqueueEmail } from "@/lib/server/data/outbox";
import { notifyInTx } from "@/lib/server/data/notifications";
import { notifyFollowersInTx } from "@/lib/server/data/followers";
import { announceInTx, newerMessageSince } from "@/lib/server/data/live";
import { requestWithdrawnEmail, requesterReplyEmail } from "@/lib/server/mail/templates/requests";
import { replyToFor } from "@/lib/server/mail/reply-address";
import { requestPathFor } from "@/lib/domain/request-paths";
import { withdrawRefusal } from "@/lib/domain/request-withdrawal";
import { refuse, Refusal } from "@/lib/server/errors";
import { now as clockNow } from "@/lib/server/clock";
import type { WithdrawInput } from "@/lib/schemas/triage";
import { requestHeadSelect } from "./request-fields";
import { waitingChange, waitingClockSelect } from "./waiting";

// What a requester (learner or mentor) sees of their own requests: public
// events only, never internal notes, and never who handles it beyond a role.

const publicEvents = {
  where: { visibility: "PUBLIC" },
  select: {
    id: true,
    type: true,
    body: true,
    createdAt: true,
    toStatus: true,
    actorId: true,
    actor: { select: { role: true } },
    toAssignee: { select: { role: true } },
  },
} as const;

/** The requester's own requests (learner) or alerts (mentor), newest first, with their public replies. */
export async function listMyRequests(actor: Actor) {
  assertRole(actor, ["LEARNER", "MENTOR"]);
  return getDb().supportRequest.findMany({
    where: { authorId: actor.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: {
      ...requestHeadSelect,
      createdAt: true,
      loopClosedAt: true,
      assignee: { select: { role: true } },
      learner: { select: { user: { select: { firstName: true, lastName: true } } } },
      events: { ...publicEvents, where: { visibility: "PUBLIC", type: "REPLY" }, orderBy: { createdAt: "desc" } },
    },
  });
}

/**
 * One of the requester's own requests with its public timeline. The learner
 * reads the confidential details of their own request (the read is audited);
 * a mentor does not read them back (DOMAIN.md: only learner, advisor, support).
 */
export async function getMyRequest(actor: Actor, id: string) {
  assertRole(actor, ["LEARNER", "MENTOR"]);
  const db = getDb();
  const request = await db.supportRequest.findFirst({
    where: { id, authorId: actor.id },
    select: {
      ...requestHeadSelect,
      message: true,
      details: true,
      hasSensitive: true,
      createdAt: true,
      loopClosedAt: true,
      learnerId: true,
      callbackPhone: true,
      // Whether staff answered: until then the requester may withdraw.
      firstResponseAt: true,
      assignee: { select: { role: true } },
      learner: { select: { user: { select: { firstName: true, lastName: true } } } },
      events: { ...publicEvents, orderBy: { createdAt: "asc" } },
    },
  });
  if (!request) throw new NotFoundError("request");
  let sensitive: Record<string, unknown> | null = null;
  // The author reads back what they wrote only when they are the learner concerned (a mentor's alert on health stays with staff).
  if (request.hasSensitive && mayReadConfidential(actor, { learnerId: request.learnerId, kind: "RQTH" })) {
    const row = await db.requestSensitive.findUnique({ where: { requestId: id }, select: { details: true } });
    sensitive = (row?.details as Record<string, unknown> | undefined) ?? null;
    await db.$transaction((tx) =>
      writeAudit(tx, { actorId: actor.id, action: "request.sensitive.read", entityType: "SupportRequest", entityId: id, learnerId: request.learnerId }),
    );
  }
  return { ...request, sensitive };
}

/** What adding the requester's message to their own request reads of it. */
export const ownRequestSelect = {
  ...requestHeadSelect,
  ...waitingClockSelect,
  side: true,
  assignee: { select: { id: true, email: true, firstName: true, locale: true, role: true, active: true } },
} as const satisfies Prisma.SupportRequestSelect;

type OwnRequest = Prisma.SupportRequestGetPayload<{ select: typeof ownRequestSelect }>;

/** One of the requester's own requests, as their reply or withdrawal needs it (else not found). */
async function loadOwnRequest(actor: Actor, id: string) {
  assertRole(actor, ["LEARNER", "MENTOR"]);
  const request = await getDb().supportRequest.findFirst({ where: { id, authorId: actor.id }, select: ownRequestSelect });
  if (!request) throw new NotFoundError("request");
  return request;
}

/**
 * The requester's message on their own request, inside the caller's
 * transaction (the caller loaded the request scoped to its author): a public
 * reply, emailed to the assignee; a request waiting for the requester goes
 * back to "in progress", the paused time added to its deadlines.
 */
export async function addRequesterReplyInTx(
  tx: Prisma.TransactionClient,
  author: { id: string; firstName: string; lastName: string },
  request: OwnRequest,
  body: string,
  now: Date,
): Promise<{ eventId: string }> {
  const event = await tx.requestEvent.create({ data: { requestId: request.id, actorId: author.id, type: "REPLY", visibility: "PUBLIC", body, createdAt: now }, select: { id: true } });
  const reopened =
    request.status === "WAITING_FOR_REQUESTER" &&
    (
      await tx.supportRequest.updateMany({
        where: { id: request.id, status: "WAITING_FOR_REQUESTER" },
        data: { status: "IN_PROGRESS", version: { increment: 1 }, ...waitingChange(request, "IN_PROGRESS", now) },
      })
    ).count === 1;
  if (reopened) {
    await tx.requestEvent.create({
      data: { requestId: request.id, actorId: author.id, type: "STATUS_CHANGED", visibility: "PUBLIC", fromStatus: "WAITING_FOR_REQUESTER", toStatus: "IN_PROGRESS", createdAt: now },
    });
  }
  await announceInTx(tx, [{ k: "r", r: request.id }]);
  if (request.assignee?.active) {
    await notifyInTx(tx, [{ userId: request.assignee.id, kind: "REPLY", requestId: request.id, actorId: author.id, at: now }]);
    const path = requestPathFor(request.assignee.role, request.id);
    const email = requesterReplyEmail(request.assignee, request, `${author.firstName} ${author.lastName}`, body, path);
    await enqueueEmail(tx, { ...email, replyTo: replyToFor(request, request.assignee.id) });
  }
  await notifyFollowersInTx(tx, request.id, { kind: "REPLY", actorId: author.id, at: now, exclude: [request.assignee?.active ? request.assignee.id : null] });
  return { eventId: event.id };
}

/** The requester answers on their own request (see addRequesterReplyInTx), with the documents they uploaded for it. */
export async function replyToMyRequest(actor: Actor, input: { id: string; body: string; lastSeen?: string; attachmentIds?: string[] }, now = clockNow()): Promise<void> {
  const request = await loadOwnRequest(actor, input.id);
  if (input.lastSeen !== undefined) {
    const newer = await newerMessageSince(request.id, actor.id, input.lastSeen, false);
    if (newer) throw new Refusal({ formError: "newMessage", values: { count: newer.count }, conflict: newer });
  }
  await getDb().$transaction(async (tx) => {
    const { eventId } = await addRequesterReplyInTx(tx, actor, request, input.body, now);
    await bindUploadsInTx(tx, actor.id, input.attachmentIds, { requestId: request.id, eventId });
  }, TX_OPTIONS);
}

/**
 * The requester takes back a request nobody has answered yet: it is closed with a
 * public "withdrawn" event (and the optional reason), a break it asked for is
 * cancelled, and its assignee, if any, is told. The write is conditional on no
 * staff reply having landed meanwhile (firstResponseAt still null).
 */
export async function withdrawMyRequest(actor: Actor, input: WithdrawInput, now = clockNow()): Promise<void> {
  const request = await loadOwnRequest(actor, input.id);
  const refusal = withdrawRefusal(request);
  if (refusal) throw refuse.form(refusal);
  const reason = input.reason?.trim() ? input.reason : null;
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.supportRequest.updateMany({
      where: { id: request.id, authorId: actor.id, firstResponseAt: null, status: { notIn: ["RESOLVED", "CLOSED"] } },
      data: { status: "CLOSED", closedAt: now, version: { increment: 1 }, ...waitingChange(request, "CLOSED", now) },
    });
    if (count !== 1) throw refuse.form("alreadyAnswered");
    await tx.requestEvent.create({
      data: { requestId: request.id, actorId: actor.id, type: "WITHDRAWN", visibility: "PUBLIC", body: reason, fromStatus: request.status, toStatus: "CLOSED", createdAt: now },
    });
    // A break asked for through this request is no longer asked for.
    await tx.learnerBreak.updateMany({ where: { requestId: request.id, status: "REQUESTED" }, data: { status: "CANCELLED" } });
    if (request.assignee?.active) {
      const path = requestPathFor(request.assignee.role, request.id);
      await enqueueEmail(tx, requestWithdrawnEmail(request.assignee, request, `${actor.firstName} ${actor.lastName}`, reason, path));
    }
  }, TX_OPTIONS);
}
