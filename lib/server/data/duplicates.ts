import "server-only";
import type { Prisma, RequestTopic, ResponsibilitySide } from "@prisma/client";
import { canAddTo, duplicateOf, duplicateWindowStart } from "@/lib/domain/duplicates";
import { refuse } from "@/lib/server/errors";
import { writeAudit } from "@/lib/server/data/audit";
import { addRequesterReplyInTx, ownRequestSelect } from "@/lib/server/data/my-requests";
import { enqueueEmail } from "@/lib/server/data/outbox";
import { rqthReferentEmail } from "@/lib/server/mail/templates/special-category";
import { CONFIDENTIAL_ADDITION } from "@/lib/domain/confidential";

// Duplicates at the source (lib/domain/duplicates.ts), inside the filing
// transaction. A per author-and-learner advisory lock serialises two filings
// about the same learner, so the second always sees the first.

export type DuplicateAnswer = { duplicateChoice?: "add" | "new" | ""; duplicateOf?: string; duplicateReason?: string };

type Author = { id: string; firstName: string; lastName: string };

/** What the filing does: file as usual (with a reason when it follows a likely duplicate), or nothing more (added). */
export type DuplicateOutcome =
  | { kind: "file"; note: string | null }
  | { kind: "added"; requestId: string };

const additionKey = (authorId: string, idempotencyKey: string) => `add:${authorId}:${idempotencyKey}`;

export async function lockFilings(tx: Prisma.TransactionClient, authorId: string, learnerId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`filing:${authorId}:${learnerId}`}))`;
}

/** The id of the request this key already added a message to, if a resend of that choice. */
export async function alreadyAddedTo(tx: Prisma.TransactionClient, authorId: string, idempotencyKey: string): Promise<string | null> {
  const entry = await tx.auditLog.findFirst({ where: { entityType: "RequestAddition", entityId: additionKey(authorId, idempotencyKey) }, select: { after: true } });
  return (entry?.after as { requestId?: string } | null)?.requestId ?? null;
}

/**
 * Looks for a likely duplicate among the author's own requests about the
 * learner and applies the person's answer: refused (with the duplicate, for
 * the form to show) when there is one and no valid answer.
 */
export async function settleDuplicate(
  tx: Prisma.TransactionClient,
  f: {
    author: Author;
    learnerId: string;
    side: ResponsibilitySide;
    input: DuplicateAnswer & { topic: RequestTopic; subject: string; message: string; idempotencyKey: string };
    now: Date;
    /**
     * What only the disability referent reads (an RQTH filing: what the learner typed). Added
     * to an earlier request, it joins that request's confidential part, and the thread gets a
     * neutral line instead of the text.
     */
    confidential?: Prisma.InputJsonObject | null;
  },
): Promise<DuplicateOutcome> {
  const { author, learnerId, side, input, now, confidential } = f;
  const candidates = await tx.supportRequest.findMany({
    where: {
      authorId: author.id,
      learnerId,
      OR: [{ createdAt: { gte: duplicateWindowStart(side, now) } }, { topic: input.topic, status: { notIn: ["RESOLVED", "CLOSED"] } }],
    },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, number: true, subject: true, topic: true, status: true, createdAt: true },
  });
  const duplicate = duplicateOf(candidates, input.topic, side, now);
  if (!duplicate) return { kind: "file", note: null };

  if (input.duplicateChoice === "add" && input.duplicateOf) {
    // Any open earlier request of the author's that the rule would show, not only the first.
    const target = candidates.find((c) => c.id === input.duplicateOf && canAddTo(c) && duplicateOf([c], input.topic, side, now));
    if (target) {
      const request = await tx.supportRequest.findFirstOrThrow({ where: { id: target.id, authorId: author.id }, select: ownRequestSelect });
      if (confidential) {
        await addConfidentialPart(tx, { id: target.id, number: target.number }, confidential, now);
        await writeAudit(tx, { actorId: author.id, action: "request.sensitive.create", entityType: "SupportRequest", entityId: target.id, learnerId });
      }
      await addRequesterReplyInTx(tx, author, request, confidential ? CONFIDENTIAL_ADDITION : `${input.subject}\n\n${input.message}`, now);
      await writeAudit(tx, {
        actorId: author.id,
        action: "request.duplicate.add",
        entityType: "RequestAddition",
        entityId: additionKey(author.id, input.idempotencyKey),
        learnerId,
        after: { requestId: target.id },
      });
      return { kind: "added", requestId: target.id };
    }
  }
  if (input.duplicateChoice === "new") {
    const reason = input.duplicateReason?.trim();
    if (!reason) throw refuse.field("duplicateReason", "required");
    return { kind: "file", note: `#${duplicate.number} — ${reason}` };
  }
  throw refuse.form("duplicate", {
    id: duplicate.id,
    number: duplicate.number,
    subject: duplicate.subject,
    createdAt: duplicate.createdAt.toISOString(),
    status: duplicate.status,
    canAdd: canAddTo(duplicate) ? "yes" : "no",
  });
}

/**
 * Appends an addition to a request's confidential part (`additions`, oldest first) and tells
 * the disability referents, as a new RQTH filing does: the content never reaches the thread,
 * the inbox, the advisor's email or search.
 */
async function addConfidentialPart(tx: Prisma.TransactionClient, request: { id: string; number: number }, part: Prisma.InputJsonObject, now: Date) {
  const current = await tx.requestSensitive.findUnique({ where: { requestId: request.id }, select: { details: true } });
  const details = (current?.details ?? {}) as Prisma.JsonObject;
  const additions = Array.isArray(details.additions) ? details.additions : [];
  const next = { ...details, additions: [...additions, { ...part, addedAt: now.toISOString() }] } as Prisma.InputJsonObject;
  await tx.requestSensitive.upsert({ where: { requestId: request.id }, create: { requestId: request.id, details: next }, update: { details: next } });
  await tx.supportRequest.update({ where: { id: request.id }, data: { hasSensitive: true } });
  const referents = await tx.user.findMany({ where: { role: "DISABILITY_REFERENT", active: true }, select: { email: true, firstName: true, locale: true } });
  for (const referent of referents) await enqueueEmail(tx, rqthReferentEmail(referent, request));
}
