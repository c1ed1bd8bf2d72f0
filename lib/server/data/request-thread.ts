import "server-only";
import { Prisma, type Role } from "@prisma/client";
import { getDb } from "@/lib/server/db";
import { NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { writeAudit } from "@/lib/server/data/audit";
import { staffScope } from "./inbox";
import { ASSIGNEE_ROLES } from "@/lib/domain/inbox";
import { requestClockSelect, requestHeadSelect } from "./request-fields";
import { mayReadConfidential } from "./confidential";
import { confidentialKindOfTopic } from "@/lib/domain/confidential";

const person = { select: { id: true, firstName: true, lastName: true, role: true } } as const;

/** One event of a staff thread: who, when, what moved (shared with the requests merged into it). */
export const threadEventSelect = {
  id: true,
  type: true,
  visibility: true,
  body: true,
  createdAt: true,
  fromStatus: true,
  toStatus: true,
  fromQueue: true,
  toQueue: true,
  fromPriority: true,
  toPriority: true,
  relatedRequest: { select: { id: true, number: true } },
  actor: person,
  fromAssignee: person,
  toAssignee: person,
  person,
} as const satisfies Prisma.RequestEventSelect;


/** The whole thread of a request for staff: fields, every event (internal notes too), who and when. */
export async function getRequestThread(actor: Actor, id: string) {
  const scope = staffScope(actor);
  const db = getDb();
  const request = await db.supportRequest.findFirst({
    where: { AND: [scope, { id }] },
    select: {
      ...requestHeadSelect,
      message: true,
      side: true,
      queue: true,
      details: true,
      hasSensitive: true,
      version: true,
      ...requestClockSelect,
      loopClosedAt: true,
      learnerId: true,
      // "Call me back": the learner prefers a phone call (data/booking-links.ts proposes the slots).
      callbackRequested: true,
      callbackPhone: true,
      callbackWhen: true,
      author: person,
      assignee: person,
      learner: { select: { advisorId: true, advisor: person, user: { select: { firstName: true, lastName: true, email: true, phone: true } } } },
      // The follow-up case opened from this request, if any (one per request: the page offers no second).
      cases: { orderBy: { openedAt: "desc" }, take: 1, select: { id: true, status: true, openedAt: true } },
      // A break request's break: its dates and status (never its reason: that is the learner file's, audited).
      break: { select: { id: true, status: true, startDate: true, endDate: true } },
      events: { orderBy: { createdAt: "asc" }, select: threadEventSelect },
    },
  });
  if (!request) throw new NotFoundError("request");
  let sensitive: Record<string, unknown> | null = null;
  // Health and RQTH details: data/confidential.ts decides (RQTH: the disability referent only).
  const reads = mayReadConfidential(actor, { learnerId: request.learnerId, kind: confidentialKindOfTopic(request.topic) ?? "HEALTH" });
  if (request.hasSensitive && reads) {
    const row = await db.requestSensitive.findUnique({ where: { requestId: id }, select: { details: true } });
    sensitive = (row?.details as Record<string, unknown> | undefined) ?? null;
    await db.$transaction((tx) =>
      writeAudit(tx, { actorId: actor.id, action: "request.sensitive.read", entityType: "SupportRequest", entityId: id, learnerId: request.learnerId }),
    );
  }
  return { ...request, sensitive, sensitiveHidden: request.hasSensitive && !reads };
}

export type Assignee = { id: string; firstName: string; lastName: string; role: Role };

/**
 * Who a request may be reassigned to, as a JSON array: active advisors, support members and
 * Mentorship Managers. A subquery, so the inbox reads it in its team tools' statement
 * (lib/server/data/saved-views.ts getTeamTools).
 */
export const assigneesJson = Prisma.sql`(
  SELECT coalesce(json_agg(json_build_object('id', u.id, 'firstName', u."firstName", 'lastName', u."lastName", 'role', u.role)
    ORDER BY u.role, u."lastName", u."firstName", u.id), '[]')
  FROM "User" u WHERE u.active AND u.role::text IN (${Prisma.join(ASSIGNEE_ROLES)}))`;

/** Who a request may be reassigned to (assigneesJson). */
export async function listAssignees(actor: Actor): Promise<Assignee[]> {
  staffScope(actor);
  const [row] = await getDb().$queryRaw<{ assignees: Assignee[] }[]>`SELECT ${assigneesJson} AS assignees`;
  return row.assignees;
}
