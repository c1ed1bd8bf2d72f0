import "server-only";
import { notifyFollowersInTx } from "./followers";
import type { Prisma, RequestQueue, Role } from "@prisma/client";
import { getDb, TX_OPTIONS } from "@/lib/server/db";
import { now as clockNow } from "@/lib/server/clock";
import { assertRole, NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { refuse, Refusal } from "@/lib/server/errors";
import type { BulkInput, PriorityInput, TakeRequestInput } from "@/lib/schemas/team-tools";
import type { Priority, RequestStatus } from "@prisma/client";
import { staffScope } from "./inbox";
import { changeRequestStatus, reassignRequest } from "./triage";

// "Je la prends", the priority with its reason, and bulk changes on inbox rows.
// Each write is optimistic on the request's version; a bulk action changes each
// row in its own transaction, so one stale row never undoes the others, and
// answers what changed and what conflicted.

const STAFF = ["SUPPORT", "MENTORSHIP_MANAGER", "ADVISOR"] as const;
const TRIAGE = ["SUPPORT", "MENTORSHIP_MANAGER"] as const;

/** The queue a request lands in when someone of this role holds it (as a reassignment does). */
export function queueOfRole(role: Role): RequestQueue {
  return role === "ADVISOR" ? "ADVISOR" : role === "SUPPORT" ? "SUPPORT" : "TRIAGE";
}

async function loadInScope(actor: Actor, id: string) {
  const request = await getDb().supportRequest.findFirst({
    where: { AND: [staffScope(actor), { id }] },
    select: { id: true, number: true, priority: true, queue: true, assigneeId: true, mergedIntoId: true },
  });
  if (!request) throw new NotFoundError("request");
  return request;
}

async function currentState(tx: Prisma.TransactionClient, id: string) {
  const current = await tx.supportRequest.findUniqueOrThrow({ where: { id }, select: { status: true, assignee: { select: { firstName: true, lastName: true } } } });
  return refuse.conflict({ status: current.status, assignee: current.assignee && `${current.assignee.firstName} ${current.assignee.lastName}` });
}

/** "Je la prends": the actor becomes the assignee (an internal event says so); no email to themselves. */
export async function takeRequest(actor: Actor, input: TakeRequestInput, now = clockNow()): Promise<"taken" | "already"> {
  assertRole(actor, STAFF);
  const request = await loadInScope(actor, input.id);
  if (request.assigneeId === actor.id) return "already";
  const queue = queueOfRole(actor.role);
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.supportRequest.updateMany({ where: { id: request.id, version: input.version }, data: { assigneeId: actor.id, queue, version: { increment: 1 } } });
    if (count === 0) throw await currentState(tx, request.id);
    await tx.requestEvent.create({
      data: {
        requestId: request.id,
        actorId: actor.id,
        type: "REASSIGNED",
        visibility: "INTERNAL",
        fromAssigneeId: request.assigneeId,
        toAssigneeId: actor.id,
        fromQueue: request.queue,
        toQueue: queue,
        createdAt: now,
      },
    });
    await notifyFollowersInTx(tx, request.id, { kind: "ASSIGNED", actorId: actor.id, at: now });
  }, TX_OPTIONS);
  return "taken";
}

/** A priority change, with its reason in the history (internal: the requester never sees priorities). */
export async function changeRequestPriority(actor: Actor, input: PriorityInput, now = clockNow()): Promise<"changed" | "unchanged"> {
  assertRole(actor, STAFF);
  const request = await loadInScope(actor, input.id);
  if (request.priority === input.priority) return "unchanged";
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.supportRequest.updateMany({ where: { id: request.id, version: input.version }, data: { priority: input.priority, version: { increment: 1 } } });
    if (count === 0) throw await currentState(tx, request.id);
    await tx.requestEvent.create({
      data: {
        requestId: request.id,
        actorId: actor.id,
        type: "PRIORITY_CHANGED",
        visibility: "INTERNAL",
        body: input.reason.trim(),
        fromPriority: request.priority,
        toPriority: input.priority,
        createdAt: now,
      },
    });
  }, TX_OPTIONS);
  return "changed";
}

export type BulkSummary = {
  changed: number[];
  unchanged: number[];
  /** Changed by someone else since the page was read: left as they are now. */
  conflicts: { number: number; status: string; assignee: string | null }[];
  /** Refused for a reason of their own (a `triage.errors`/`teamTools.errors` key). */
  refused: { number: number; reason: string }[];
};

/** Assign, set the status or the priority of selected rows, each under its own version. */
export async function bulkUpdateRequests(actor: Actor, input: BulkInput, now = clockNow()): Promise<BulkSummary> {
  assertRole(actor, TRIAGE);
  if (input.operation === "assign" && input.value !== "LEARNER_ADVISOR") {
    const target = await getDb().user.findFirst({ where: { id: input.value, active: true, role: { in: ["ADVISOR", "SUPPORT", "MENTORSHIP_MANAGER"] } }, select: { id: true } });
    if (!target) throw refuse.field("value", "invalidTarget");
  }
  const ids = [...new Set(input.rows.map((r) => r.id))];
  const visible = await getDb().supportRequest.findMany({ where: { AND: [staffScope(actor), { id: { in: ids } }] }, select: { id: true, number: true, status: true, priority: true, assigneeId: true } });
  // A row out of reach is not found: the whole action, as for one request.
  if (visible.length !== ids.length) throw new NotFoundError("request");
  const byId = new Map(visible.map((r) => [r.id, r]));
  const summary: BulkSummary = { changed: [], unchanged: [], conflicts: [], refused: [] };
  for (const row of input.rows.filter((r, i, all) => all.findIndex((x) => x.id === r.id) === i)) {
    const request = byId.get(row.id)!;
    try {
      if (input.operation === "status") {
        if (request.status === input.value) summary.unchanged.push(request.number);
        else {
          await changeRequestStatus(actor, { id: row.id, version: row.version, status: input.value as RequestStatus }, now);
          summary.changed.push(request.number);
        }
      } else if (input.operation === "priority") {
        const outcome = await changeRequestPriority(actor, { id: row.id, version: row.version, priority: input.value as Priority, reason: input.reason }, now);
        summary[outcome].push(request.number);
      } else if (input.value !== "LEARNER_ADVISOR" && request.assigneeId === input.value) {
        summary.unchanged.push(request.number);
      } else {
        await reassignRequest(actor, { id: row.id, version: row.version, target: input.value, reason: input.reason }, now);
        summary.changed.push(request.number);
      }
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      const { conflict, formError, fieldErrors } = error.failure;
      if (conflict) summary.conflicts.push({ number: request.number, status: String(conflict.status ?? ""), assignee: (conflict.assignee as string | null) ?? null });
      else summary.refused.push({ number: request.number, reason: formError ?? Object.values(fieldErrors ?? {})[0] ?? "unexpected" });
    }
  }
  return summary;
}
