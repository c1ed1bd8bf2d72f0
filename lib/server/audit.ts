import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@prisma/client";

export type AuditEntry = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  learnerId?: string | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
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
