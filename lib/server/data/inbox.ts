import "server-only";
import { Prisma } from "@prisma/client";
import { getDb } from "@/lib/server/db";
import { assertRole, type Actor } from "@/lib/server/auth/actor";
import { decodeCursor, encodeCursor, PRIORITIES, PRIORITY_RANK, type InboxFilters } from "@/lib/domain/inbox";
import { searchKey } from "@/lib/domain/search-key";
import { requestClockSelect, requestHeadSelect } from "./request-fields";

export const INBOX_PAGE_SIZE = 25;
// isOpen is kept by a trigger from the status (NEW, IN_PROGRESS, WAITING_FOR_REQUESTER):
// its indexes make the queues and counts cost what the open work costs, whatever the history.
const OPEN: Prisma.SupportRequestWhereInput = { isOpen: true };

/** staffScope as SQL over the alias r, for the raw counts below (the same rule). */
function staffScopeSql(actor: Actor): Prisma.Sql {
  assertRole(actor, ["SUPPORT", "MENTORSHIP_MANAGER", "ADVISOR"]);
  switch (actor.role) {
    case "SUPPORT":
    case "MENTORSHIP_MANAGER":
      return Prisma.sql`true`;
    case "ADVISOR":
      return Prisma.sql`(r."assigneeId" = ${actor.id} OR EXISTS (SELECT 1 FROM "LearnerProfile" lp WHERE lp."userId" = r."learnerId" AND lp."advisorId" = ${actor.id}))`;
  }
}

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
    // Every word must match the subject or the learner's first or last name, whatever
    // the accents and the case: the keys are folded by the database (lower(unaccent)),
    // the words here by the same rule (lib/domain/search-key.ts); pg_trgm indexes them.
    for (const word of f.search.split(/\s+/).map(searchKey).filter(Boolean).slice(0, 5)) {
      and.push({ OR: [{ searchKey: { contains: word } }, { learner: { user: { searchKey: { contains: word } } } }] });
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

/** Open requests per queue, and per advisor (for support and the manager): two queries on the open-request indexes. */
export async function countInboxQueues(actor: Actor) {
  const scope = staffScopeSql(actor);
  // One statement: the three totals in one pass over the open requests, and (for support and
  // the manager) the open requests of each advisor, with their names.
  const [row] = await getDb().$queryRaw<{ triage: number; mine: number; open: number; advisors: { id: string; firstName: string; lastName: string; count: number }[] | null }[]>(Prisma.sql`
    SELECT count(*) FILTER (WHERE r.queue IN ('TRIAGE', 'SUPPORT') AND r."assigneeId" IS NULL)::int AS triage,
           count(*) FILTER (WHERE r."assigneeId" = ${actor.id})::int AS mine,
           count(*)::int AS open,
           ${
             actor.role === "ADVISOR"
               ? Prisma.sql`NULL::json`
               : Prisma.sql`(SELECT json_agg(json_build_object('id', u.id, 'firstName', u."firstName", 'lastName', u."lastName", 'count', a.count)
                    ORDER BY u."lastName", u."firstName", u.id)
                  FROM (SELECT r2."assigneeId", count(*)::int AS count FROM "SupportRequest" r2
                        WHERE r2."isOpen" AND r2.queue = 'ADVISOR' AND r2."assigneeId" IS NOT NULL GROUP BY r2."assigneeId") a
                  JOIN "User" u ON u.id = a."assigneeId")`
           } AS advisors
    FROM "SupportRequest" r WHERE r."isOpen" AND ${scope}`);
  return {
    triage: row.triage,
    mine: row.mine,
    open: row.open,
    advisors: (row.advisors ?? []).map((a) => ({ id: a.id, name: `${a.firstName} ${a.lastName}`, count: a.count })),
  };
}
