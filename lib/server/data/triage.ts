import "server-only";
import type { Prisma, RequestQueue, RequestStatus, ResponsibilitySide } from "@prisma/client";
import { getDb, TX_OPTIONS } from "@/lib/server/db";
import { now as clockNow } from "@/lib/server/clock";
import { NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { requestPathFor } from "@/lib/domain/request-paths";
import type { ForwardInput, NoteInput, ReassignInput, ReplyInput, StatusInput } from "@/lib/schemas/triage";
import { enqueueEmail } from "@/lib/server/data/outbox";
import { notifyInTx } from "@/lib/server/data/notifications";
import { checkMentionsInTx, notifyFollowersInTx } from "@/lib/server/data/followers";
import { MENTIONS_MAX, parseMentions } from "@/lib/domain/mentions";
import { announceInTx, newerMessageSince } from "@/lib/server/data/live";
import { loopClosedEmail, reassignedEmail, replyEmail } from "@/lib/server/mail/templates/requests";
import { refuse, Refusal } from "@/lib/server/errors";
import { replyToFor } from "@/lib/server/mail/reply-address";
import { staffScope } from "./inbox";
import { bindUploadsInTx } from "./attachments";
import { emailDocuments } from "@/lib/domain/attachments";
import { waitingChange, waitingClockSelect, type WaitingClock } from "./waiting";
import { requestHeadSelect } from "./request-fields";
import { inviteToSurveyInTx } from "./satisfaction";

// What support, the Mentorship Manager and advisors do on a request. Every
// function re-reads the request inside the actor's scope (not found
// otherwise); assignment and status changes are optimistic on `version`.
// A known refusal is thrown (lib/server/errors.ts): a stale version is
// `refuse.conflict` with what the request looks like now, a learner without
// an active advisor is "noAdvisor", a target nobody may receive is "invalidTarget".

const people = { select: { id: true, email: true, firstName: true, lastName: true, locale: true, role: true } } as const;
const name = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;

async function loadInScope(actor: Actor, id: string) {
  const request = await getDb().supportRequest.findFirst({
    where: { AND: [staffScope(actor), { id }] },
    select: {
      ...requestHeadSelect,
      ...waitingClockSelect,
      side: true,
      queue: true,
      version: true,
      loopClosedAt: true,
      author: people,
      assignee: people,
      learner: { select: { advisor: { select: { ...people.select, active: true } }, user: { select: { firstName: true, lastName: true } } } },
    },
  });
  if (!request) throw new NotFoundError("request");
  return request;
}

/**
 * The refusal of a stale write, with the request as it is now.
 * Inside a transaction, read with its `tx`: the outer client would wait for a second pooled connection.
 */
async function conflict(tx: Prisma.TransactionClient, id: string) {
  const current = await tx.supportRequest.findUniqueOrThrow({
    where: { id },
    select: { status: true, assignee: { select: { firstName: true, lastName: true } } },
  });
  const status: RequestStatus = current.status;
  return refuse.conflict({ status, assignee: current.assignee && name(current.assignee) });
}

/** A request in the staff actor's scope, as a reply needs it (else not found). */
export const loadStaffRequest = loadInScope;
export type StaffRequest = Awaited<ReturnType<typeof loadInScope>>;

/** A public reply: emailed to the requester, visible to them; the first one meets the first-response target. */
export async function replyToRequest(actor: Actor, input: ReplyInput, now = clockNow()): Promise<void> {
  const request = await loadInScope(actor, input.id);
  // A mention is for colleagues: never in what the requester reads.
  if (parseMentions(input.body).length > 0) throw refuse.field("body", "mentionInReply");
  if (input.lastSeen !== undefined) {
    const newer = await newerMessageSince(request.id, actor.id, input.lastSeen, true);
    if (newer) throw new Refusal({ formError: "newMessage", values: { count: newer.count }, conflict: newer });
  }
  const uploads = [...new Set(input.attachmentIds ?? [])];
  await getDb().$transaction(
    (tx) =>
      addStaffReplyInTx(tx, actor, request, input.body, now, async (eventId) => {
        // Only the replier's own unbound uploads: any other id refuses the whole reply.
        await bindUploadsInTx(tx, actor.id, uploads, { requestId: request.id, eventId });
        return uploads;
      }),
    TX_OPTIONS,
  );
}

/**
 * A staff reply inside the caller's transaction (the caller loaded the request in the
 * actor's scope): the portal's reply form and an answer by email take this one path.
 * `documents` stores or binds the reply's documents once its event exists and returns
 * their ids: the email to the requester carries them (lib/domain/attachments.ts
 * emailDocuments; never on a special-category topic, where it says they are in the portal).
 */
export async function addStaffReplyInTx(
  tx: Prisma.TransactionClient,
  actor: Actor,
  request: StaffRequest,
  body: string,
  now: Date,
  documents?: (eventId: string) => Promise<string[]>,
): Promise<{ eventId: string }> {
  staffScope(actor); // a staff role, else not found
  const event = await tx.requestEvent.create({ data: { requestId: request.id, actorId: actor.id, type: "REPLY", visibility: "PUBLIC", body, createdAt: now }, select: { id: true } });
  const ids = documents ? await documents(event.id) : [];
  const stored = ids.length > 0 ? await tx.attachment.findMany({ where: { id: { in: ids }, requestId: request.id }, select: { id: true, sizeBytes: true } }) : [];
  const sent = emailDocuments(request.topic, ids.flatMap((id) => stored.filter((d) => d.id === id)));
  const startWork = request.status === "NEW";
  await tx.supportRequest.update({
    where: { id: request.id },
    data: { firstResponseAt: request.firstResponseAt ?? now, ...(startWork ? { status: "IN_PROGRESS", version: { increment: 1 } } : {}) },
  });
  if (startWork) {
    await tx.requestEvent.create({
      data: { requestId: request.id, actorId: actor.id, type: "STATUS_CHANGED", visibility: "PUBLIC", fromStatus: "NEW", toStatus: "IN_PROGRESS", createdAt: now },
    });
  }
  await notifyInTx(tx, [{ userId: request.author.id, kind: "REPLY", requestId: request.id, actorId: actor.id, at: now }]);
  await notifyFollowersInTx(tx, request.id, { kind: "REPLY", actorId: actor.id, at: now, exclude: [request.author.id] });
  await announceInTx(tx, [{ k: "r", r: request.id }]);
  const path = requestPathFor(request.author.role, request.id);
  const email = replyEmail(request.author, request, { name: name(actor), role: actor.role }, body, path, sent);
  await enqueueEmail(tx, { ...email, replyTo: replyToFor(request, request.author.id) });
  return { eventId: event.id };
}

/**
 * An internal note: staff only, never shown to learners or mentors, never emailed. Its
 * @mentions (lib/domain/mentions.ts) are kept by user id and each colleague mentioned is
 * notified; a mention of someone who does not open the request refuses the whole note.
 */
export async function addInternalNote(actor: Actor, input: NoteInput, now = clockNow()): Promise<void> {
  const request = await loadInScope(actor, input.id);
  const mentionIds = parseMentions(input.body);
  if (mentionIds.length > MENTIONS_MAX) throw refuse.field("body", "mentionsTooMany");
  await getDb().$transaction(async (tx) => {
    const { refused } = await checkMentionsInTx(tx, request.id, mentionIds);
    if (refused.length > 0) throw refuse.field("body", "mentionCannotSee");
    await tx.requestEvent.create({ data: { requestId: request.id, actorId: actor.id, type: "INTERNAL_NOTE", visibility: "INTERNAL", body: input.body, mentionIds, createdAt: now } });
    await notifyInTx(tx, mentionIds.map((userId) => ({ userId, kind: "MENTION" as const, requestId: request.id, actorId: actor.id, at: now })));
    await announceInTx(tx, [{ k: "r", r: request.id }]);
  }, TX_OPTIONS);
}

/**
 * The fields a move to `to` writes (version included), and whether it closes the loop with a
 * mentor: shared by the status form, bulk actions and macros.
 */
export function statusChange(
  request: WaitingClock & { side: ResponsibilitySide; loopClosedAt: Date | null },
  to: RequestStatus,
  now: Date,
): { data: Prisma.SupportRequestUpdateManyMutationInput; closeLoop: boolean } {
  const done = to === "RESOLVED" || to === "CLOSED";
  const closeLoop = done && request.side === "MENTOR" && !request.loopClosedAt;
  const data: Prisma.SupportRequestUpdateManyMutationInput = {
    status: to,
    version: { increment: 1 },
    ...(to === "RESOLVED" ? { resolvedAt: now } : {}),
    ...(to === "CLOSED" ? { closedAt: now } : {}),
    ...(!done ? { resolvedAt: null, closedAt: null } : {}),
    ...(closeLoop ? { loopClosedAt: now } : {}),
    ...waitingChange(request, to, now),
  };
  return { data, closeLoop };
}

/** Moves the request to a status; resolving a mentor alert closes the loop with its mentor. */
export async function changeRequestStatus(actor: Actor, input: StatusInput, now = clockNow()): Promise<void> {
  const request = await loadInScope(actor, input.id);
  if (request.status === input.status) return;
  const { data, closeLoop } = statusChange(request, input.status, now);
  await getDb().$transaction(async (tx) => {
    const updated = await tx.supportRequest.updateMany({ where: { id: request.id, version: input.version }, data });
    if (updated.count === 0) throw await conflict(tx, request.id);
    await tx.requestEvent.create({
      data: { requestId: request.id, actorId: actor.id, type: "STATUS_CHANGED", visibility: "PUBLIC", fromStatus: request.status, toStatus: input.status, createdAt: now },
    });
    await announceInTx(tx, [{ k: "r", r: request.id }]);
    if (closeLoop) {
      await enqueueEmail(tx, loopClosedEmail(request.author, request, name(request.learner.user)));
      await notifyInTx(tx, [{ userId: request.author.id, kind: "ALERT_HANDLED", requestId: request.id, actorId: actor.id, at: now }]);
    }
    // Resolved or closed: its requester is asked, once, how it was handled (issue 16).
    if (input.status === "RESOLVED" || input.status === "CLOSED") await inviteToSurveyInTx(tx, { requestId: request.id }, now);
    await notifyFollowersInTx(tx, request.id, { kind: "STATUS_CHANGED", actorId: actor.id, at: now, exclude: closeLoop ? [request.author.id] : [] });
  }, TX_OPTIONS);
}

/**
 * Resolves requests inside the caller's transaction (a follow-up case closing them, its
 * advisor checked by the caller), with
 * a public resolution note; a mentor alert closes its loop through the same email as a
 * manual "Résolue", once (the write is conditional on the loop still being open).
 */
export async function resolveRequestsInTx(
  tx: Prisma.TransactionClient,
  actorId: string,
  resolve: { id: string; fromStatus: RequestStatus; closeLoop: boolean }[],
  note: string | null,
  now: Date,
  /**
   * Whether each requester is asked how it was handled (a closing case: yes, but the learner,
   * asked about the case, is not asked again about their own request). A break decision
   * resolves its request without asking: its email is the answer to a rule, not to a service.
   */
  survey: { invite: boolean; exceptAuthorId?: string } = { invite: false },
): Promise<void> {
  for (const r of resolve) {
    const { count } = await tx.supportRequest.updateMany({
      where: { id: r.id, status: r.fromStatus, ...(r.closeLoop ? { loopClosedAt: null } : {}) },
      data: { status: "RESOLVED", resolvedAt: now, version: { increment: 1 }, ...(r.closeLoop ? { loopClosedAt: now } : {}) },
    });
    if (count !== 1) throw refuse.form("conflict");
    await tx.requestEvent.create({
      data: { requestId: r.id, actorId, type: "STATUS_CHANGED", visibility: "PUBLIC", fromStatus: r.fromStatus, toStatus: "RESOLVED", body: note, createdAt: now },
    });
    if (survey.invite) {
      const author = survey.exceptAuthorId ? await tx.supportRequest.findUniqueOrThrow({ where: { id: r.id }, select: { authorId: true } }) : null;
      if (!author || author.authorId !== survey.exceptAuthorId) await inviteToSurveyInTx(tx, { requestId: r.id }, now);
    }
    await notifyFollowersInTx(tx, r.id, { kind: "STATUS_CHANGED", actorId, at: now });
    if (!r.closeLoop) continue;
    const request = await tx.supportRequest.findUniqueOrThrow({
      where: { id: r.id },
      select: { ...requestHeadSelect, author: people, learner: { select: { user: { select: { firstName: true, lastName: true } } } } },
    });
    await enqueueEmail(tx, loopClosedEmail(request.author, request, name(request.learner.user)));
    await notifyInTx(tx, [{ userId: request.author.id, kind: "ALERT_HANDLED", requestId: r.id, actorId, at: now }]);
  }
}

/** Why a request moves: a reassignment's reason goes on the move itself; a forward's note becomes an internal note. */
type Move = { reason?: string; note?: string };

async function moveTo(
  actor: Actor,
  request: Awaited<ReturnType<typeof loadInScope>>,
  version: number,
  target: { id: string; role: "ADVISOR" | "SUPPORT" | "MENTORSHIP_MANAGER"; email: string; firstName: string; lastName: string; locale: "fr" | "en" },
  move: Move,
  now: Date,
): Promise<void> {
  const queue: RequestQueue = target.role === "ADVISOR" ? "ADVISOR" : target.role === "SUPPORT" ? "SUPPORT" : "TRIAGE";
  const note = move.note?.trim() ? move.note : null;
  await getDb().$transaction(async (tx) => {
    const updated = await tx.supportRequest.updateMany({
      where: { id: request.id, version },
      data: { assigneeId: target.id, queue, version: { increment: 1 } },
    });
    if (updated.count === 0) throw await conflict(tx, request.id);
    await tx.requestEvent.create({
      data: {
        requestId: request.id,
        actorId: actor.id,
        type: "REASSIGNED",
        visibility: "INTERNAL",
        body: move.reason?.trim() ? move.reason : null,
        fromAssigneeId: request.assignee?.id ?? null,
        toAssigneeId: target.id,
        // The history reads "file Tri → Conseiller": both ends of the move are kept.
        fromQueue: request.queue,
        toQueue: queue,
        createdAt: now,
      },
    });
    if (note) {
      await tx.requestEvent.create({ data: { requestId: request.id, actorId: actor.id, type: "INTERNAL_NOTE", visibility: "INTERNAL", body: note, createdAt: now } });
    }
    await notifyInTx(tx, [{ userId: target.id, kind: "ASSIGNED", requestId: request.id, actorId: actor.id, at: now }]);
    await notifyFollowersInTx(tx, request.id, { kind: "ASSIGNED", actorId: actor.id, at: now, exclude: [target.id] });
    await announceInTx(tx, [{ k: "r", r: request.id }]);
    const path = requestPathFor(target.role, request.id);
    const email = reassignedEmail(target, request, name(actor), name(request.learner.user), move.reason ?? note ?? "", path);
    await enqueueEmail(tx, { ...email, replyTo: replyToFor(request, target.id) });
  }, TX_OPTIONS);
}

/** Reassigns to an active advisor, support member or Mentorship Manager, with a reason. */
export async function reassignRequest(actor: Actor, input: ReassignInput, now = clockNow()): Promise<void> {
  const request = await loadInScope(actor, input.id);
  if (input.target === "LEARNER_ADVISOR") return moveToLearnerAdvisor(actor, request, input.version, { reason: input.reason }, now);
  const target = await getDb().user.findFirst({
    where: { id: input.target, active: true, role: { in: ["ADVISOR", "SUPPORT", "MENTORSHIP_MANAGER"] } },
    select: { id: true, role: true, email: true, firstName: true, lastName: true, locale: true },
  });
  if (!target) throw refuse.field("target", "invalidTarget");
  await moveTo(actor, request, input.version, target as Parameters<typeof moveTo>[3], { reason: input.reason }, now);
}

async function moveToLearnerAdvisor(actor: Actor, request: Awaited<ReturnType<typeof loadInScope>>, version: number, move: Move, now: Date): Promise<void> {
  const advisor = request.learner.advisor;
  if (!advisor || !advisor.active) throw refuse.form("noAdvisor");
  const target = { id: advisor.id, role: "ADVISOR" as const, email: advisor.email, firstName: advisor.firstName, lastName: advisor.lastName, locale: advisor.locale };
  await moveTo(actor, request, version, target, move, now);
}

/**
 * "Forward to the learner's advisor": one action, the advisor is known from the learner.
 * The optional note is for the advisor (an internal note on the thread, and in their email).
 */
export async function forwardToLearnerAdvisor(actor: Actor, input: ForwardInput, now = clockNow()): Promise<void> {
  const request = await loadInScope(actor, input.id);
  await moveToLearnerAdvisor(actor, request, input.version, { note: input.note }, now);
}
