import "server-only";
import { getDb } from "@/lib/server/db";
import { assertRole, NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { writeAudit } from "@/lib/server/audit";

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
      id: true,
      number: true,
      subject: true,
      topic: true,
      status: true,
      priority: true,
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
      id: true,
      number: true,
      subject: true,
      message: true,
      topic: true,
      status: true,
      priority: true,
      details: true,
      hasSensitive: true,
      createdAt: true,
      loopClosedAt: true,
      learnerId: true,
      assignee: { select: { role: true } },
      learner: { select: { user: { select: { firstName: true, lastName: true } } } },
      events: { ...publicEvents, orderBy: { createdAt: "asc" } },
    },
  });
  if (!request) throw new NotFoundError("request");
  let sensitive: Record<string, unknown> | null = null;
  if (actor.role === "LEARNER" && request.hasSensitive) {
    const row = await db.requestSensitive.findUnique({ where: { requestId: id }, select: { details: true } });
    sensitive = (row?.details as Record<string, unknown> | undefined) ?? null;
    await db.$transaction((tx) =>
      writeAudit(tx, { actorId: actor.id, action: "request.sensitive.read", entityType: "SupportRequest", entityId: id, learnerId: request.learnerId }),
    );
  }
  return { ...request, sensitive };
}
