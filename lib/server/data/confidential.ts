import "server-only";
import type { Actor } from "@/lib/server/auth/actor";
import { roleReadsConfidential, type ConfidentialKind } from "@/lib/domain/confidential";

/**
 * THE confidential-read check (health, RQTH): the learner themselves, or a role of
 * CONFIDENTIAL_READERS (lib/domain/confidential.ts). The caller has already scoped the
 * record to the actor (a request or learner out of reach is not found before this).
 * Attachments on health / RQTH topics use this same function.
 */
export function mayReadConfidential(actor: Actor, subject: { learnerId: string; kind: ConfidentialKind }): boolean {
  if (actor.role === "LEARNER") return actor.id === subject.learnerId;
  return roleReadsConfidential(actor.role, subject.kind);
}
