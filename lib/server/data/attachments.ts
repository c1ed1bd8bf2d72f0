import "server-only";
import { createHash } from "node:crypto";
import type { Prisma, RequestTopic } from "@prisma/client";
import { getDb } from "@/lib/server/db";
import { assertRole, NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { refuse } from "@/lib/server/errors";
import { writeAudit } from "@/lib/server/data/audit";
import { sniffContentType } from "@/lib/server/attachment-type";
import { attachmentMaxBytes, attachmentRefusal, isSpecialCategoryTopic, MAX_ATTACHMENTS, safeFilename, type AttachmentRefusal } from "@/lib/domain/attachments";
import { canReadConfidential } from "@/lib/domain/confidential";
import { now as clockNow } from "@/lib/server/clock";
import { readStoredContent, storeContent } from "./attachment-store";
import { staffScope } from "./inbox";

// Documents on requests, replies and emails, their bytes in PostgreSQL (bytea) or an
// S3-compatible store (./attachment-store.ts). A
// document is uploaded on its own first (owned by its uploader, on no request yet),
// then bound to the request or reply it was sent with in that write's transaction. An
// email's documents are stored with it. Downloads stream the bytes in chunks; those on
// a health, absence or RQTH topic are special-category: canReadConfidential decides,
// and every such download is audited.

export const attachmentMeta = { id: true, filename: true, contentType: true, sizeBytes: true, createdAt: true, eventId: true } as const satisfies Prisma.AttachmentSelect;
export type AttachmentMeta = Prisma.AttachmentGetPayload<{ select: typeof attachmentMeta }>;

const UPLOADERS = ["LEARNER", "MENTOR", "ADVISOR", "SUPPORT", "MENTORSHIP_MANAGER"] as const;
/** Unbound uploads one person may hold at once (a form being filled in). */
const MAX_PENDING = 20;

type Checked = { ok: true; contentType: string; filename: string; sha256: string } | { ok: false; refusal: AttachmentRefusal };

/** A document's type sniffed from its bytes, checked against the allowed types and the size limit. */
export async function checkDocument(filename: string | null, bytes: Uint8Array): Promise<Checked> {
  const contentType = await sniffContentType(bytes);
  const refusal = attachmentRefusal(contentType, bytes.byteLength, attachmentMaxBytes(process.env));
  if (refusal || !contentType) return { ok: false, refusal: refusal ?? "type" };
  return { ok: true, contentType, filename: safeFilename(filename, contentType), sha256: createHash("sha256").update(bytes).digest("hex") };
}

/** Uploads a document for a form being filled in (the contact form, a reply): bound when the form is sent. */
export async function uploadAttachment(actor: Actor, file: { filename: string | null; bytes: Uint8Array }) {
  assertRole(actor, UPLOADERS);
  const checked = await checkDocument(file.filename, file.bytes);
  if (!checked.ok) throw refuse.field("file", checked.refusal);
  const db = getDb();
  const pending = await db.attachment.count({ where: { uploadedById: actor.id, requestId: null, inboundEmailId: null } });
  if (pending >= MAX_PENDING) throw refuse.field("file", "tooMany");
  const stored = await storeContent(file.bytes, checked.contentType);
  return db.attachment.create({
    data: { filename: checked.filename, contentType: checked.contentType, sizeBytes: file.bytes.byteLength, sha256: checked.sha256, ...stored, uploadedById: actor.id, createdAt: clockNow() },
    select: { id: true, filename: true, contentType: true, sizeBytes: true },
  });
}

/**
 * Binds the uploader's own unbound uploads to a request (and the reply that carries
 * them), inside the caller's transaction. An id that is not theirs, or already bound,
 * refuses the whole write.
 */
export async function bindUploadsInTx(
  tx: Prisma.TransactionClient,
  uploaderId: string,
  ids: readonly string[] | undefined,
  target: { requestId: string; eventId: string | null },
  { strict = true }: { strict?: boolean } = {},
): Promise<void> {
  const unique = [...new Set(ids ?? [])];
  if (unique.length === 0) return;
  if (unique.length > MAX_ATTACHMENTS) throw refuse.field("attachmentIds", "tooMany");
  const { count } = await tx.attachment.updateMany({
    where: { id: { in: unique }, uploadedById: uploaderId, requestId: null, inboundEmailId: null },
    data: { requestId: target.requestId, eventId: target.eventId },
  });
  // Not strict: a retried write whose documents the first attempt already bound.
  if (strict && count !== unique.length) throw refuse.field("attachmentIds", "missing");
}

/** Stores an email's documents inside the caller's transaction; returns what was refused, and why. */
export async function storeEmailAttachmentsInTx(
  tx: Prisma.TransactionClient,
  files: { filename: string | null; content: Buffer }[],
  target: { inboundEmailId: string; requestId: string | null; eventId: string | null; uploaderId: string | null },
  at: Date,
): Promise<{ stored: number; ids: string[]; refused: { filename: string | null; refusal: AttachmentRefusal | "tooMany" }[] }> {
  const refused: { filename: string | null; refusal: AttachmentRefusal | "tooMany" }[] = [];
  const ids: string[] = [];
  let stored = 0;
  for (const file of files) {
    if (stored >= MAX_ATTACHMENTS) {
      refused.push({ filename: file.filename, refusal: "tooMany" });
      continue;
    }
    const checked = await checkDocument(file.filename, file.content);
    if (!checked.ok) {
      refused.push({ filename: file.filename, refusal: checked.refusal });
      continue;
    }
    const content = await storeContent(file.content, checked.contentType);
    const row = await tx.attachment.create({
      select: { id: true },
      data: {
        filename: checked.filename,
        contentType: checked.contentType,
        sizeBytes: file.content.byteLength,
        sha256: checked.sha256,
        ...content,
        uploadedById: target.uploaderId,
        requestId: target.requestId,
        eventId: target.eventId,
        inboundEmailId: target.inboundEmailId,
        createdAt: at,
      },
    });
    ids.push(row.id);
    stored += 1;
  }
  return { stored, ids, refused };
}

type AttachmentRow = {
  id: string;
  uploadedById: string | null;
  requestId: string | null;
  inboundEmailId: string | null;
  request: { learnerId: string; authorId: string; topic: RequestTopic } | null;
};

/** Whether the actor sees the attachment at all (before the special-category rule). */
async function visible(actor: Actor, row: AttachmentRow): Promise<boolean> {
  if (!row.request) {
    // Unbound: its uploader's; an unplaced email's: the unmatched queue's (support, manager).
    if (row.inboundEmailId) return actor.role === "SUPPORT" || actor.role === "MENTORSHIP_MANAGER";
    return row.uploadedById === actor.id;
  }
  switch (actor.role) {
    case "LEARNER":
    case "MENTOR":
      return row.request.authorId === actor.id;
    case "ADVISOR":
    case "SUPPORT":
    case "MENTORSHIP_MANAGER":
      return (await getDb().supportRequest.count({ where: { AND: [requestScope(actor), { id: row.requestId! }] } })) === 1;
    case "DISABILITY_REFERENT":
      // The referent's requests are the RQTH ones (lib/server/data/referent.ts).
      return row.request.topic === "RQTH";
    case "ADMIN":
      return false;
  }
}

/** Whether the document is special-category data: on a health, absence or RQTH topic. */
const specialCategory = (row: AttachmentRow) => row.request !== null && isSpecialCategoryTopic(row.request.topic);

/**
 * A document to download: its name, type and size, and its bytes as a stream read in
 * chunks. Not found when the actor may not see it; a special-category document only
 * for who may read the request's confidential part, each download audited.
 */
export async function openAttachment(actor: Actor, id: string) {
  const db = getDb();
  const row = await db.attachment.findUnique({
    where: { id },
    select: {
      id: true,
      filename: true,
      contentType: true,
      sizeBytes: true,
      storageKey: true,
      uploadedById: true,
      requestId: true,
      inboundEmailId: true,
      request: { select: { learnerId: true, authorId: true, topic: true } },
    },
  });
  if (!row || !(await visible(actor, row))) throw new NotFoundError("attachment");
  if (specialCategory(row)) {
    if (!canReadConfidential(actor, row.request!)) throw new NotFoundError("attachment");
    await db.$transaction((tx) =>
      writeAudit(tx, { actorId: actor.id, action: "attachment.download", entityType: "Attachment", entityId: row.id, learnerId: row.request!.learnerId, after: { requestId: row.requestId, filename: row.filename } }),
    );
  }
  return { filename: row.filename, contentType: row.contentType, sizeBytes: row.sizeBytes, stream: readStoredContent(row) };
}

/** Where a request is visible to the actor: their own (requester) or in their staff scope. */
function requestScope(actor: Actor): Prisma.SupportRequestWhereInput {
  assertRole(actor, UPLOADERS);
  return actor.role === "LEARNER" || actor.role === "MENTOR" ? { authorId: actor.id } : staffScope(actor);
}

/**
 * The documents of a request the actor sees (else not found): all of them, or none on
 * a special-category topic for who may not read the request's confidential part.
 */
export async function listRequestAttachments(actor: Actor, requestId: string): Promise<AttachmentMeta[]> {
  const db = getDb();
  // The request in scope and its attachments in one statement; a special-category request's
  // list is returned only to who may read it.
  const request = await db.supportRequest.findFirst({
    where: { AND: [requestScope(actor), { id: requestId }] },
    select: { id: true, learnerId: true, topic: true, attachments: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: attachmentMeta } },
  });
  if (!request) throw new NotFoundError("request");
  if (isSpecialCategoryTopic(request.topic) && !canReadConfidential(actor, request)) return [];
  return request.attachments;
}

/** Uploads never sent with their form (the page was left): deleted a day later. */
export async function deleteAbandonedUploads(before: Date): Promise<number> {
  const { count } = await getDb().attachment.deleteMany({ where: { requestId: null, inboundEmailId: null, createdAt: { lt: before } } });
  return count;
}
