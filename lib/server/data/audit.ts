import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@prisma/client";
import { getDb } from "@/lib/server/db";
import { assertRole, type Actor } from "@/lib/server/auth/actor";
import { normalizeEmail } from "@/lib/domain/email";
import { cursorArgs, toPage } from "@/lib/server/pagination";
import { AUDIT_TYPES, SENSITIVE_READS, referencedIds, type AuditType } from "@/lib/domain/audit-log";
import { parisDayRange, schoolInstant } from "@/lib/domain/week";

export type AuditFilters = {
  userEmail?: string;
  learnerEmail?: string;
  /** A kind of action (lib/domain/audit-log.ts AUDIT_TYPES). */
  type?: AuditType;
  /** Paris calendar days, both included ("2026-12-03"). */
  from?: string;
  to?: string;
  /** "changes": everything but the sensitive reads (those are grouped apart); unset: everything. */
  view?: "changes";
  after?: string;
};

type Scope = { userId?: string; learnerId?: string; start?: Date; end?: Date; actions?: readonly string[]; excludeActions?: readonly string[] };

/** The filters as ids and instants: an unknown email matches nothing ("none"). */
async function scopeOf(filters: AuditFilters): Promise<Scope> {
  const emails = [filters.userEmail, filters.learnerEmail].filter((e): e is string => Boolean(e)).map(normalizeEmail);
  const found = emails.length ? await getDb().user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } }) : [];
  const idOf = (email?: string) => (email ? (found.find((u) => u.email === normalizeEmail(email))?.id ?? "none") : undefined);
  const start = filters.from ? (schoolInstant(filters.from, "00:00") ?? undefined) : undefined;
  const lastDay = filters.to ? schoolInstant(filters.to, "12:00") : null;
  return {
    userId: idOf(filters.userEmail),
    learnerId: idOf(filters.learnerEmail),
    start,
    end: lastDay ? parisDayRange(lastDay).end : undefined,
    actions: filters.type ? AUDIT_TYPES[filters.type] : undefined,
    excludeActions: filters.view === "changes" ? SENSITIVE_READS : undefined,
  };
}

function whereOf(scope: Scope): Prisma.AuditLogWhereInput {
  const where: Prisma.AuditLogWhereInput[] = [];
  if (scope.userId) where.push({ OR: [{ actorId: scope.userId }, { entityType: "User", entityId: scope.userId }, { learnerId: scope.userId }] });
  if (scope.learnerId) where.push({ learnerId: scope.learnerId });
  if (scope.start || scope.end) where.push({ createdAt: { ...(scope.start ? { gte: scope.start } : {}), ...(scope.end ? { lt: scope.end } : {}) } });
  if (scope.actions) where.push({ action: { in: [...scope.actions] } });
  if (scope.excludeActions) where.push({ action: { notIn: [...scope.excludeActions] } });
  return { AND: where };
}

const entrySelect = {
  id: true,
  action: true,
  entityType: true,
  entityId: true,
  before: true,
  after: true,
  createdAt: true,
  actorId: true,
  learnerId: true,
} as const satisfies Prisma.AuditLogSelect;

/** Names for the ids entries mention: people ("First Last"), training paths, requests ("n° 12" is built from the number). */
async function namesFor(entries: { actorId: string | null; learnerId: string | null; entityType: string; entityId: string; before: unknown; after: unknown }[]) {
  const users = new Set<string>();
  const paths = new Set<string>();
  const requests = new Set<string>();
  for (const e of entries) {
    if (e.actorId) users.add(e.actorId);
    if (e.learnerId) users.add(e.learnerId);
    const ids = referencedIds(e);
    ids.users.forEach((id) => users.add(id));
    ids.paths.forEach((id) => paths.add(id));
    ids.requests.forEach((id) => requests.add(id));
  }
  const db = getDb();
  const [people, pathRows, requestRows] = await Promise.all([
    users.size ? db.user.findMany({ where: { id: { in: [...users] } }, select: { id: true, firstName: true, lastName: true, email: true } }) : [],
    paths.size ? db.trainingPath.findMany({ where: { id: { in: [...paths] } }, select: { id: true, name: true } }) : [],
    requests.size ? db.supportRequest.findMany({ where: { id: { in: [...requests] } }, select: { id: true, number: true } }) : [],
  ]);
  return {
    users: Object.fromEntries(people.map((u) => [u.id, { name: `${u.firstName} ${u.lastName}`, email: u.email }])),
    paths: Object.fromEntries(pathRows.map((p) => [p.id, p.name])),
    requests: Object.fromEntries(requestRows.map((r) => [r.id, r.number])),
  };
}

export type AuditNames = Awaited<ReturnType<typeof namesFor>>;

/**
 * Admin: the log, newest first, with the names of everyone and everything it mentions.
 * "user" matches what a person did and what was done to their account; "learner"
 * everything about one learner.
 */
export async function listAuditLog(actor: Actor, filters: AuditFilters = {}) {
  assertRole(actor, ["ADMIN"]);
  const db = getDb();
  const rows = await db.auditLog.findMany({
    where: whereOf(await scopeOf(filters)),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...cursorArgs(filters.after),
    select: entrySelect,
  });
  const page = toPage(rows);
  const names = await namesFor(page.items);
  const person = (id: string | null) => (id ? (names.users[id] ?? null) : null);
  return {
    ...page,
    names,
    items: page.items.map((r) => ({ ...r, actor: person(r.actorId), learner: person(r.learnerId) })),
  };
}

/** Sensitive reads, one row per reader, learner, kind of read and Paris day, with a count. */
type ReadGroup = { actorId: string | null; learnerId: string | null; action: string; day: Date; count: number; first: Date; last: Date };

async function readGroups(scope: Scope, limit: number, offset: number): Promise<ReadGroup[]> {
  // A kind of action other than the reads filters every read out.
  const actions = (scope.actions ?? SENSITIVE_READS).filter((c) => (SENSITIVE_READS as readonly string[]).includes(c));
  if (actions.length === 0) return [];
  const and: Prisma.Sql[] = [Prisma.sql`a.action IN (${Prisma.join(actions)})`];
  if (scope.userId) and.push(Prisma.sql`(a."actorId" = ${scope.userId} OR a."learnerId" = ${scope.userId})`);
  if (scope.learnerId) and.push(Prisma.sql`a."learnerId" = ${scope.learnerId}`);
  if (scope.start) and.push(Prisma.sql`a."createdAt" >= ${scope.start}`);
  if (scope.end) and.push(Prisma.sql`a."createdAt" < ${scope.end}`);
  return getDb().$queryRaw<ReadGroup[]>(Prisma.sql`
    SELECT a."actorId", a."learnerId", a.action, (a."createdAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Paris')::date AS day,
      count(*)::int AS count, min(a."createdAt") AS first, max(a."createdAt") AS last
    FROM "AuditLog" a WHERE ${Prisma.join(and, " AND ")}
    GROUP BY 1, 2, 3, 4
    ORDER BY day DESC, last DESC, a."actorId", a."learnerId", a.action
    LIMIT ${limit} OFFSET ${offset}`);
}

export const READS_PAGE_SIZE = 50;

/** Admin: the sensitive reads grouped (page `page`, from 0), with the names of readers and learners. */
export async function listSensitiveReads(actor: Actor, filters: Omit<AuditFilters, "after" | "view"> = {}, page = 0) {
  assertRole(actor, ["ADMIN"]);
  const rows = await readGroups(await scopeOf(filters), READS_PAGE_SIZE + 1, page * READS_PAGE_SIZE);
  const items = rows.slice(0, READS_PAGE_SIZE);
  const names = await namesFor(items.map((r) => ({ ...r, entityType: "", entityId: "", before: null, after: null })));
  return { items, names, hasMore: rows.length > READS_PAGE_SIZE };
}

export const EXPORT_LIMIT = 10_000;

/** Admin: what the CSV export holds, the same filters as the page (at most EXPORT_LIMIT rows). */
export async function exportAuditLog(actor: Actor, filters: Omit<AuditFilters, "after">, what: "changes" | "reads") {
  assertRole(actor, ["ADMIN"]);
  const scope = await scopeOf({ ...filters, view: what === "changes" ? "changes" : undefined });
  if (what === "reads") {
    const items = await readGroups(scope, EXPORT_LIMIT, 0);
    return { kind: "reads" as const, items, names: await namesFor(items.map((r) => ({ ...r, entityType: "", entityId: "", before: null, after: null }))) };
  }
  const items = await getDb().auditLog.findMany({ where: whereOf(scope), orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: EXPORT_LIMIT, select: entrySelect });
  return { kind: "changes" as const, items, names: await namesFor(items) };
}

export type AuditEntry = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  learnerId?: string | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  /** When it happened, if a rule reads it back (the server clock); the database's time otherwise. */
  at?: Date;
};

/** Writes an audit entry in the caller's transaction (internal: callers are role-checked data functions). */
export async function writeAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      learnerId: entry.learnerId ?? null,
      before: entry.before,
      after: entry.after,
      createdAt: entry.at,
    },
  });
}

/**
 * Many entries by one actor in one statement (an import logs thousands), in
 * the caller's transaction: column arrays unnested server-side, which Prisma's
 * createMany is far slower at with Json columns.
 */
export async function writeAudits(tx: Prisma.TransactionClient, actorId: string | null, entries: Omit<AuditEntry, "actorId">[]): Promise<void> {
  if (entries.length === 0) return;
  const json = (v: Prisma.InputJsonValue | undefined) => (v === undefined ? null : JSON.stringify(v));
  await tx.$executeRaw`
    INSERT INTO "AuditLog" ("id", "actorId", "action", "entityType", "entityId", "learnerId", "before", "after")
    SELECT t.id, ${actorId}::text, t.action, t.entity_type, t.entity_id, t.learner_id, t.before::jsonb, t.after::jsonb
    FROM unnest(
      ${entries.map(() => randomUUID())}::text[],
      ${entries.map((e) => e.action)}::text[],
      ${entries.map((e) => e.entityType)}::text[],
      ${entries.map((e) => e.entityId)}::text[],
      ${entries.map((e) => e.learnerId ?? null)}::text[],
      ${entries.map((e) => json(e.before))}::text[],
      ${entries.map((e) => json(e.after))}::text[]
    ) AS t(id, action, entity_type, entity_id, learner_id, before, after)`;
}
