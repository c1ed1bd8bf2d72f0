import "server-only";
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
