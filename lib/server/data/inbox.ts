import "server-only";
import type { Prisma } from "@prisma/client";
import { getDb } from "@/lib/server/db";
import { assertRole, type Actor } from "@/lib/server/auth/actor";
import { decodeCursor, encodeCursor, PRIORITIES, PRIORITY_RANK, type InboxFilters } from "@/lib/domain/inbox";
import { requestClockSelect, requestHeadSelect } from "./request-fields";

export const INBOX_PAGE_SIZE = 25;
const OPEN: Prisma.SupportRequestWhereInput = { status: { notIn: ["RESOLVED", "CLOSED"] } };

/** What each staff role may see of the requests (a request outside it is "not found"). */
export function staffScope(actor: Actor): Prisma.SupportRequestWhereInput {
  assertRole(actor, ["SUPPORT", "MENTORSHIP_MANAGER", "ADVISOR"]);
  switch (actor.role) {
    case "SUPPORT":
    case "MENTORSHIP_MANAGER":
      return {};
    case "ADVISOR":
      // Assigned to them, or about one of their current learners.
      return { OR: [{ assigneeId: actor.id }, { learner: { advisorId: actor.id } }] };
  }
}

function queueWhere(actor: Actor, f: InboxFilters): Prisma.SupportRequestWhereInput {
  switch (f.queue) {
    case "triage":
      return { ...OPEN, queue: { in: ["TRIAGE", "SUPPORT"] }, assigneeId: null };
    case "mine":
      return { ...OPEN, assigneeId: actor.id };
    case "advisor":
      return { ...OPEN, queue: "ADVISOR", ...(f.advisorId ? { assigneeId: f.advisorId } : {}) };
    case "open":
      return f.status ? {} : OPEN;
  }
}

function filterWhere(f: InboxFilters, now: Date): Prisma.SupportRequestWhereInput[] {
  const and: Prisma.SupportRequestWhereInput[] = [];
  if (f.topic) and.push({ topic: f.topic });
  if (f.side) and.push({ side: f.side });
  if (f.status) and.push({ status: f.status });
  if (f.priority) and.push({ priority: f.priority });
  if (f.learnerId) and.push({ learnerId: f.learnerId });
  if (f.olderThanDays) and.push({ createdAt: { lte: new Date(now.getTime() - f.olderThanDays * 86_400_000) } });
  if (f.overdue) {
    and.push({
      // A request waiting for its requester is paused, not late.
      waitingSince: null,
      OR: [
        { firstResponseAt: null, firstResponseDueAt: { lt: now } },
        { resolvedAt: null, closedAt: null, resolutionDueAt: { lt: now } },
      ],
    });
  }
  if (f.search) {
    // Every word must match the subject or the learner's first or last name.
    for (const word of f.search.split(/\s+/).filter(Boolean).slice(0, 5)) {
      and.push({
        OR: [
          { subject: { contains: word, mode: "insensitive" } },
          { learner: { user: { firstName: { contains: word, mode: "insensitive" } } } },
          { learner: { user: { lastName: { contains: word, mode: "insensitive" } } } },
        ],
      });
    }
  }
  return and;
}

/** Rows after the cursor in (priority desc, createdAt asc, id asc): keyset, no OFFSET. */
function afterCursor(after: string | undefined): Prisma.SupportRequestWhereInput | null {
  const cursor = decodeCursor(after);
  if (!cursor) return null;
  const createdAt = new Date(cursor.createdAt);
  const lower = PRIORITIES.filter((p) => PRIORITY_RANK[p] > cursor.rank);
  return {
    OR: [
      { priority: { in: lower } },
      {
        priority: PRIORITIES[cursor.rank],
        OR: [{ createdAt: { gt: createdAt } }, { createdAt, id: { gt: cursor.id } }],
      },
    ],
  };
}

const row = {
  ...requestHeadSelect,
  version: true,
  side: true,
  queue: true,
  ...requestClockSelect,
  learner: { select: { userId: true, user: { select: { firstName: true, lastName: true } } } },
  author: { select: { firstName: true, lastName: true, role: true } },
  assignee: { select: { id: true, firstName: true, lastName: true, role: true } },
} as const;

/** The inbox of support, the Mentorship Manager and advisors: one queue, filtered, a keyset page. */
export async function listInbox(actor: Actor, filters: InboxFilters, now = new Date()) {
  const scope = staffScope(actor);
  const base: Prisma.SupportRequestWhereInput = { AND: [scope, queueWhere(actor, filters), ...filterWhere(filters, now)] };
  const cursor = afterCursor(filters.after);
  const rows = await getDb().supportRequest.findMany({
    where: cursor ? { AND: [base, cursor] } : base,
    orderBy: [{ priority: "desc" }, { createdAt: "asc" }, { id: "asc" }],
    take: INBOX_PAGE_SIZE + 1,
    select: row,
  });
  const items = rows.slice(0, INBOX_PAGE_SIZE);
  const last = items[items.length - 1];
  const nextCursor =
    rows.length > INBOX_PAGE_SIZE && last
      ? encodeCursor({ rank: PRIORITY_RANK[last.priority], createdAt: last.createdAt.toISOString(), id: last.id })
      : null;
  return { items, nextCursor };
}

/** Open requests per queue, and per advisor (for support and the manager), in three queries. */
export async function countInboxQueues(actor: Actor) {
  const scope = staffScope(actor);
  const db = getDb();
  const count = (where: Prisma.SupportRequestWhereInput) => db.supportRequest.count({ where: { AND: [scope, where] } });
  const [triage, mine, open, perAdvisor] = await Promise.all([
    count({ ...OPEN, queue: { in: ["TRIAGE", "SUPPORT"] }, assigneeId: null }),
    count({ ...OPEN, assigneeId: actor.id }),
    count(OPEN),
    actor.role === "ADVISOR"
      ? Promise.resolve([])
      : db.supportRequest.groupBy({ by: ["assigneeId"], where: { ...OPEN, queue: "ADVISOR", assigneeId: { not: null } }, _count: { _all: true } }),
  ]);
  const advisorIds = perAdvisor.map((g) => g.assigneeId!).filter(Boolean);
  const advisors = advisorIds.length
    ? await db.user.findMany({ where: { id: { in: advisorIds } }, select: { id: true, firstName: true, lastName: true }, orderBy: { lastName: "asc" } })
    : [];
  const counts = new Map(perAdvisor.map((g) => [g.assigneeId, g._count._all]));
  return {
    triage,
    mine,
    open,
    advisors: advisors.map((a) => ({ id: a.id, name: `${a.firstName} ${a.lastName}`, count: counts.get(a.id) ?? 0 })),
  };
}
