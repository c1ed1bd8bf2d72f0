import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@prisma/client";
import { getDb } from "@/lib/server/db";
import { assertRole, type Actor } from "@/lib/server/auth/actor";
import { normalizeEmail } from "@/lib/domain/email";
import { cursorArgs, toPage } from "@/lib/server/pagination";

export type AuditFilters = { userEmail?: string; learnerEmail?: string; after?: string };

/**
 * Admin: the log, newest first. "user" matches what a person did and what was
 * done to their account; "learner" everything about one learner.
 */
export async function listAuditLog(actor: Actor, filters: AuditFilters = {}) {
  assertRole(actor, ["ADMIN"]);
  const db = getDb();
  const where: Prisma.AuditLogWhereInput[] = [];
  const emails = [filters.userEmail, filters.learnerEmail].filter((e): e is string => Boolean(e)).map(normalizeEmail);
  const found = emails.length
    ? await db.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } })
    : [];
  const idOf = (email?: string) => (email ? (found.find((u) => u.email === normalizeEmail(email))?.id ?? "none") : undefined);
  const userId = idOf(filters.userEmail);
  const learnerId = idOf(filters.learnerEmail);
  if (userId) where.push({ OR: [{ actorId: userId }, { entityType: "User", entityId: userId }, { learnerId: userId }] });
  if (learnerId) where.push({ learnerId });
  const rows = await db.auditLog.findMany({
    where: { AND: where },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...cursorArgs(filters.after),
    select: {
      id: true,
      action: true,
      entityType: true,
      entityId: true,
      before: true,
      after: true,
      createdAt: true,
      actor: { select: { firstName: true, lastName: true, email: true } },
      learnerId: true,
    },
  });
  const page = toPage(rows);
  const learnerIds = [...new Set(page.items.map((r) => r.learnerId).filter((id): id is string => Boolean(id)))];
  const learners = learnerIds.length
    ? await db.user.findMany({ where: { id: { in: learnerIds } }, select: { id: true, firstName: true, lastName: true, email: true } })
    : [];
  const byId = new Map(learners.map((l) => [l.id, l]));
  return { ...page, items: page.items.map((r) => ({ ...r, learner: r.learnerId ? (byId.get(r.learnerId) ?? null) : null })) };
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
