import "server-only";
import { notifyFollowersInTx } from "./followers";
import type { Prisma } from "@prisma/client";
import { getDb, TX_OPTIONS } from "@/lib/server/db";
import { now as clockNow } from "@/lib/server/clock";
import { assertRole, NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { refuse } from "@/lib/server/errors";
import { linkPair, mergedTarget, mergeRefusal } from "@/lib/domain/request-merge";
import { requestPathFor } from "@/lib/domain/request-paths";
import { requestNumberOf, type LinkInput, type MergeInput, type UnlinkInput } from "@/lib/schemas/team-tools";
import { requestMergedEmail } from "@/lib/server/mail/templates/team-tools";
import { enqueueEmail } from "./outbox";
import { staffScope } from "./inbox";
import { requestHeadSelect } from "./request-fields";
import { threadEventSelect } from "./request-thread";

// Merging a duplicate into another request, and linking related requests.
// A merged request is closed and points to its target; the target's page shows
// both threads in time order and keeps the earliest deadlines. The duplicate's
// requester is told by email. The target's requester is not: when they are
// another person (a learner, for a mentor's alert about them) the email would
// reveal the other request. Links are shown on both requests.

const TRIAGE = ["SUPPORT", "MENTORSHIP_MANAGER"] as const;
const STAFF = ["SUPPORT", "MENTORSHIP_MANAGER", "ADVISOR"] as const;

const sideSelect = {
  id: true,
  learnerId: true,
  status: true,
  priority: true,
  mergedIntoId: true,
  createdAt: true,
  firstResponseDueAt: true,
  resolutionDueAt: true,
} as const satisfies Prisma.SupportRequestSelect;

async function inScope<S extends Prisma.SupportRequestSelect>(actor: Actor, where: Prisma.SupportRequestWhereInput, select: S) {
  return getDb().supportRequest.findFirst({ where: { AND: [staffScope(actor), where] }, select });
}

/** Merges the request `id` (at `version`) into the request numbered `target`. */
export async function mergeRequest(actor: Actor, input: MergeInput, now = clockNow()): Promise<{ targetId: string }> {
  assertRole(actor, TRIAGE);
  const source = await inScope(actor, { id: input.id }, {
    ...sideSelect,
    ...requestHeadSelect,
    waitingSince: true,
    author: { select: { id: true, email: true, firstName: true, locale: true, role: true } },
  });
  if (!source) throw new NotFoundError("request");
  const target = await inScope(actor, { number: requestNumberOf(input.target) }, { ...sideSelect, number: true, authorId: true });
  if (!target) throw refuse.field("target", "requestNotFound");
  const refusal = mergeRefusal(source, target);
  if (refusal) throw refuse.field("target", refusal);
  const merged = mergedTarget(source, target);

  await getDb().$transaction(async (tx) => {
    const { count } = await tx.supportRequest.updateMany({
      where: { id: source.id, version: input.version, mergedIntoId: null },
      // Closed by the merge: its wait, if any, ends; its mentor's loop is not "handled" by it.
      data: { status: "CLOSED", closedAt: now, mergedIntoId: target.id, waitingSince: null, waitingRemindedAt: null, version: { increment: 1 } },
    });
    if (count === 0) throw refuse.conflict({ status: source.status, assignee: null });
    // The target may have moved meanwhile: it must still be open and not merged itself.
    const { count: held } = await tx.supportRequest.updateMany({
      where: { id: target.id, mergedIntoId: null, status: { notIn: ["RESOLVED", "CLOSED"] } },
      data: { ...merged, version: { increment: 1 } },
    });
    if (held === 0) throw refuse.field("target", "mergeTargetDone");
    await tx.requestEvent.createMany({
      data: [
        { requestId: source.id, actorId: actor.id, type: "STATUS_CHANGED", visibility: "PUBLIC", fromStatus: source.status, toStatus: "CLOSED", createdAt: now },
        { requestId: source.id, actorId: actor.id, type: "MERGED_INTO", visibility: "PUBLIC", relatedRequestId: target.id, createdAt: now },
        { requestId: target.id, actorId: actor.id, type: "MERGED_FROM", visibility: "INTERNAL", relatedRequestId: source.id, createdAt: now },
      ],
    });
    // Their own request when it is the one the thread goes on in; otherwise the closed one, which says so.
    const path = requestPathFor(source.author.role, target.authorId === source.author.id ? target.id : source.id);
    await enqueueEmail(tx, requestMergedEmail(source.author, source, target.authorId === source.author.id ? target.number : null, path));
    // Both requests' followers hear of it; the merged one's follow the request its thread goes on in.
    await notifyFollowersInTx(tx, source.id, { kind: "MERGED", actorId: actor.id, at: now });
    await notifyFollowersInTx(tx, target.id, { kind: "MERGED", actorId: actor.id, at: now });
    const carried = await tx.requestFollower.findMany({ where: { requestId: source.id }, select: { userId: true } });
    await tx.requestFollower.createMany({ data: carried.map((f) => ({ requestId: target.id, userId: f.userId, addedById: actor.id, createdAt: now })), skipDuplicates: true });
  }, TX_OPTIONS);
  return { targetId: target.id };
}

/** Links the request `id` with the request numbered `other`: shown on both, noted in both histories. */
export async function linkRequests(actor: Actor, input: LinkInput, now = clockNow()): Promise<void> {
  assertRole(actor, TRIAGE);
  const one = await inScope(actor, { id: input.id }, { id: true });
  if (!one) throw new NotFoundError("request");
  const other = await inScope(actor, { number: requestNumberOf(input.other) }, { id: true });
  if (!other) throw refuse.field("other", "requestNotFound");
  if (other.id === one.id) throw refuse.field("other", "linkSelf");
  const pair = linkPair(one.id, other.id);
  await getDb().$transaction(async (tx) => {
    const created = await tx.requestLink.createMany({ data: [{ ...pair, createdById: actor.id, createdAt: now }], skipDuplicates: true });
    if (created.count === 0) throw refuse.field("other", "alreadyLinked");
    await tx.requestEvent.createMany({
      data: [
        { requestId: one.id, actorId: actor.id, type: "LINKED", visibility: "INTERNAL", relatedRequestId: other.id, createdAt: now },
        { requestId: other.id, actorId: actor.id, type: "LINKED", visibility: "INTERNAL", relatedRequestId: one.id, createdAt: now },
      ],
    });
  }, TX_OPTIONS);
}

export async function unlinkRequests(actor: Actor, input: UnlinkInput, now = clockNow()): Promise<void> {
  assertRole(actor, TRIAGE);
  const one = await inScope(actor, { id: input.id }, { id: true });
  const other = await inScope(actor, { id: input.otherId }, { id: true });
  if (!one || !other) throw new NotFoundError("request");
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.requestLink.deleteMany({ where: linkPair(one.id, other.id) });
    if (count === 0) throw new NotFoundError("link");
    await tx.requestEvent.createMany({
      data: [
        { requestId: one.id, actorId: actor.id, type: "UNLINKED", visibility: "INTERNAL", relatedRequestId: other.id, createdAt: now },
        { requestId: other.id, actorId: actor.id, type: "UNLINKED", visibility: "INTERNAL", relatedRequestId: one.id, createdAt: now },
      ],
    });
  }, TX_OPTIONS);
}

const relatedSelect = { id: true, number: true, subject: true, status: true, side: true } as const;

/**
 * What surrounds a request on its staff page: the request it was merged into, the requests
 * merged into it (with their threads), and its links — each only when the actor may see it.
 */
export async function getRequestRelations(actor: Actor, id: string) {
  assertRole(actor, STAFF);
  const scope = staffScope(actor);
  const request = await inScope(actor, { id }, {
    mergedInto: { select: relatedSelect },
    mergedFrom: {
      where: scope,
      orderBy: { createdAt: "asc" },
      select: { ...relatedSelect, message: true, createdAt: true, author: { select: { id: true, firstName: true, lastName: true, role: true } }, events: { orderBy: { createdAt: "asc" }, select: threadEventSelect } },
    },
    linksFrom: { where: { to: scope }, select: { to: { select: relatedSelect } } },
    linksTo: { where: { from: scope }, select: { from: { select: relatedSelect } } },
  });
  if (!request) throw new NotFoundError("request");
  const [intoVisible] = request.mergedInto ? await Promise.all([inScope(actor, { id: request.mergedInto.id }, { id: true })]) : [null];
  const links = [...request.linksFrom.map((l) => l.to), ...request.linksTo.map((l) => l.from)].sort((a, b) => a.number - b.number);
  return { mergedInto: intoVisible ? request.mergedInto : null, mergedFrom: request.mergedFrom, links };
}
