import "server-only";
import type { NotificationKind, Prisma, Role } from "@prisma/client";
import { getDb, TX_OPTIONS } from "@/lib/server/db";
import { now as clockNow } from "@/lib/server/clock";
import { assertRole, NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { refuse } from "@/lib/server/errors";
import { FOLLOWER_ROLES, opensRequest, type RequestReach } from "@/lib/domain/followers";
import type { FollowerInput, FollowInput } from "@/lib/schemas/followers";
import { notifyInTx } from "./notifications";
import { staffScope } from "./inbox";

// Followers of a request: colleagues told of its replies, status changes, assignments and
// merges without owning it. Following grants notifications, never access
// (lib/domain/followers.ts): a follower is a colleague who already opens the request, and
// only someone who still opens it is told.

/** Who follows themselves: the staff spaces, and the disability referent on the RQTH requests they open. */
export const SELF_FOLLOW_ROLES = FOLLOWER_ROLES;
/** Who adds or removes a colleague: the request page's staff. */
export const MANAGE_FOLLOWER_ROLES = ["ADVISOR", "SUPPORT", "MENTORSHIP_MANAGER"] as const;

const reachSelect = { id: true, assigneeId: true, topic: true, learner: { select: { advisorId: true } } } as const satisfies Prisma.SupportRequestSelect;
type ReachRow = Prisma.SupportRequestGetPayload<{ select: typeof reachSelect }>;
const reach = (r: ReachRow): RequestReach => ({ assigneeId: r.assigneeId, learnerAdvisorId: r.learner.advisorId, topic: r.topic });
const colleagueSelect = { id: true, firstName: true, lastName: true, role: true, active: true } as const;

/** The requests in the actor's own scope: the referent's are the RQTH requests. */
function reachScope(actor: Actor): Prisma.SupportRequestWhereInput {
  assertRole(actor, SELF_FOLLOW_ROLES);
  return actor.role === "DISABILITY_REFERENT" ? { topic: "RQTH" } : staffScope(actor);
}

/** The request in the actor's own scope, else not found. */
async function loadReach(actor: Actor, id: string, db: Prisma.TransactionClient = getDb()) {
  const request = await db.supportRequest.findFirst({ where: { AND: [reachScope(actor), { id }] }, select: reachSelect });
  if (!request) throw new NotFoundError("request");
  return request;
}

/**
 * The people of a request's page, in two statements: its followers (names and roles, the
 * request read with them in the actor's scope, else not found), whether the actor is one,
 * and the colleagues who may follow it or be mentioned on it (active, and opening it in
 * their own space).
 */
export async function getRequestPeople(actor: Actor, id: string) {
  const scope = reachScope(actor);
  const db = getDb();
  const [request, people] = await Promise.all([
    db.supportRequest.findFirst({
      where: { AND: [scope, { id }] },
      select: { ...reachSelect, followers: { orderBy: { createdAt: "asc" }, select: { user: { select: colleagueSelect } } } },
    }),
    db.user.findMany({ where: { active: true, role: { in: [...FOLLOWER_ROLES] } }, orderBy: [{ lastName: "asc" }, { firstName: "asc" }], select: colleagueSelect }),
  ]);
  if (!request) throw new NotFoundError("request");
  const person = (p: { id: string; firstName: string; lastName: string; role: Role }) => ({ id: p.id, name: `${p.firstName} ${p.lastName}`, role: p.role });
  const followers = request.followers.map((f) => person(f.user));
  return {
    followers,
    following: followers.some((f) => f.id === actor.id),
    colleagues: people.filter((p) => opensRequest(p, reach(request))).map(person),
  };
}

/** Adds `userId` to the followers in `tx` with its history line; false when they already follow. */
async function addInTx(tx: Prisma.TransactionClient, actor: Actor, requestId: string, userId: string, now: Date): Promise<boolean> {
  const { count } = await tx.requestFollower.createMany({ data: [{ requestId, userId, addedById: actor.id, createdAt: now }], skipDuplicates: true });
  if (count === 0) return false;
  await tx.requestEvent.create({ data: { requestId, actorId: actor.id, type: "FOLLOWER_ADDED", visibility: "INTERNAL", personId: userId, createdAt: now } });
  return true;
}

async function removeInTx(tx: Prisma.TransactionClient, actor: Actor, requestId: string, userId: string, now: Date): Promise<boolean> {
  const { count } = await tx.requestFollower.deleteMany({ where: { requestId, userId } });
  if (count === 0) return false;
  await tx.requestEvent.create({ data: { requestId, actorId: actor.id, type: "FOLLOWER_REMOVED", visibility: "INTERNAL", personId: userId, createdAt: now } });
  return true;
}

/** "Suivre": the actor follows a request they open (a second click changes nothing). */
export async function followRequest(actor: Actor, input: FollowInput, now = clockNow()): Promise<void> {
  const request = await loadReach(actor, input.id);
  await getDb().$transaction((tx) => addInTx(tx, actor, request.id, actor.id, now), TX_OPTIONS);
}

/** "Ne plus suivre". */
export async function unfollowRequest(actor: Actor, input: FollowInput, now = clockNow()): Promise<void> {
  const request = await loadReach(actor, input.id);
  await getDb().$transaction((tx) => removeInTx(tx, actor, request.id, actor.id, now), TX_OPTIONS);
}

/** Adds a colleague who opens the request; anyone else is refused on the field (following grants no access). */
export async function addFollower(actor: Actor, input: FollowerInput, now = clockNow()): Promise<void> {
  assertRole(actor, MANAGE_FOLLOWER_ROLES);
  const request = await loadReach(actor, input.id);
  const person = await getDb().user.findUnique({ where: { id: input.userId }, select: colleagueSelect });
  if (!person || !(FOLLOWER_ROLES as readonly string[]).includes(person.role)) throw refuse.field("userId", "followerUnknown");
  if (!opensRequest(person, reach(request))) throw refuse.field("userId", "followerCannotSee");
  await getDb().$transaction(async (tx) => {
    if (await addInTx(tx, actor, request.id, person.id, now)) await notifyInTx(tx, [{ userId: person.id, kind: "FOLLOWING", requestId: request.id, actorId: actor.id, at: now }]);
  }, TX_OPTIONS);
}

/** Removes a colleague from the followers (they can be added again). */
export async function removeFollower(actor: Actor, input: FollowerInput, now = clockNow()): Promise<void> {
  assertRole(actor, MANAGE_FOLLOWER_ROLES);
  const request = await loadReach(actor, input.id);
  await getDb().$transaction((tx) => removeInTx(tx, actor, request.id, input.userId, now), TX_OPTIONS);
}

/** Whether the actor follows the request (the page's "Suivre / Ne plus suivre"). */
export async function isFollowing(actor: Actor, id: string): Promise<boolean> {
  assertRole(actor, SELF_FOLLOW_ROLES);
  return (await getDb().requestFollower.count({ where: { requestId: id, userId: actor.id } })) > 0;
}

/**
 * Tells the followers of a request about an event, in the event's transaction. Only
 * followers who open the request now are told; `exclude` are people the event already
 * notifies (its requester, its new assignee), so nobody gets the same news twice.
 */
export async function notifyFollowersInTx(
  tx: Prisma.TransactionClient,
  requestId: string,
  event: { kind: NotificationKind; actorId: string | null; at: Date; exclude?: (string | null | undefined)[] },
): Promise<void> {
  const followers = await tx.requestFollower.findMany({ where: { requestId }, select: { user: { select: colleagueSelect } } });
  if (followers.length === 0) return;
  const request = await tx.supportRequest.findUniqueOrThrow({ where: { id: requestId }, select: reachSelect });
  const skip = new Set(event.exclude?.filter(Boolean));
  const told = followers.map((f) => f.user).filter((u) => !skip.has(u.id) && opensRequest(u, reach(request)));
  await notifyInTx(tx, told.map((u) => ({ userId: u.id, kind: event.kind, requestId, actorId: event.actorId, at: event.at })));
}

/**
 * Which of `ids` may be mentioned on the request: colleagues who open it. The others come
 * back as refused (the note is not saved: telling someone who cannot open the request
 * would send them to a "not found", and a silent drop would mislead the writer).
 */
export async function checkMentionsInTx(tx: Prisma.TransactionClient, requestId: string, ids: string[]): Promise<{ refused: string[] }> {
  if (ids.length === 0) return { refused: [] };
  const request = await tx.supportRequest.findUniqueOrThrow({ where: { id: requestId }, select: reachSelect });
  const people = await tx.user.findMany({ where: { id: { in: ids } }, select: colleagueSelect });
  const ok = new Set(people.filter((p) => opensRequest(p, reach(request))).map((p) => p.id));
  return { refused: ids.filter((id) => !ok.has(id)) };
}
