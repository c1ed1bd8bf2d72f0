import "server-only";
import { Prisma, type InboundStatus } from "@prisma/client";
import { getDb, TX_OPTIONS } from "@/lib/server/db";
import type { Actor } from "@/lib/server/auth/actor";
import { now as clockNow } from "@/lib/server/clock";
import { log } from "@/lib/server/log";
import { INBOUND_MAX_BYTES } from "@/lib/domain/attachments";
import { replyWindowOpen, tokenFromAddresses } from "@/lib/domain/reply-token";
import { parseInbound, type Envelope, type ParsedInbound } from "@/lib/server/mail/inbound-parse";
import { replyDomain, verifyToken } from "@/lib/server/mail/reply-address";
import { addRequesterReplyInTx, ownRequestSelect } from "./my-requests";
import { addStaffReplyInTx, loadStaffRequest } from "./triage";
import { storeEmailAttachmentsInTx } from "./attachments";

// The one inbound pipeline, fed by the worker's SMTP listener and by POST
// /api/inbound/email: read the message, ignore machines (auto-replies, bounces),
// check the reply token and that the sender is the person it was issued to, then
// store the new text as a reply through the portal's own reply paths (a requester's
// reply reopens a waiting request and tells the assignee; a staff member answering
// by email replies as from the request page). Everything else goes to the
// "unmatched" queue for support. Each message is handled once: its Message-ID is
// unique (InboundEmail.messageKey), so a replay changes nothing.

export type InboundOutcome = {
  status: "placed" | "unmatched" | "ignored" | "duplicate";
  reason?: string;
  inboundId?: string;
  requestId?: string;
};

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/** The header block of a message too large to read whole: who sent it, and its Message-ID. */
function headerBlock(raw: Buffer): Buffer {
  const limit = Math.min(raw.length, 64 * 1024);
  const end = raw.subarray(0, limit).indexOf("\r\n\r\n");
  const alt = raw.subarray(0, limit).indexOf("\n\n");
  const cut = end >= 0 ? end : alt >= 0 ? alt : limit;
  return raw.subarray(0, cut);
}

type Record = {
  status: InboundStatus;
  reason: string;
  parsed: ParsedInbound;
  size: number;
  keepAttachments: boolean;
};

/** An email that is not placed on a thread (unmatched or ignored), stored once. */
async function recordUnplaced({ status, reason, parsed, size, keepAttachments }: Record, now: Date): Promise<InboundOutcome> {
  try {
    const id = await getDb().$transaction(async (tx) => {
      const row = await tx.inboundEmail.create({
        data: { messageKey: parsed.messageKey, status, reason, fromAddress: parsed.from, subject: parsed.subject, body: parsed.body || null, sizeBytes: size, receivedAt: now },
        select: { id: true },
      });
      if (keepAttachments && parsed.attachments.length > 0) {
        const { refused } = await storeEmailAttachmentsInTx(tx, parsed.attachments, { inboundEmailId: row.id, requestId: null, eventId: null, uploaderId: null }, now);
        if (refused.length > 0) log.info("inbound email: documents refused", { inboundId: row.id, refused: refused.map((r) => r.refusal) });
      }
      return row.id;
    }, TX_OPTIONS);
    log.info("inbound email", { inboundId: id, status, reason });
    return { status: status === "IGNORED" ? "ignored" : "unmatched", reason, inboundId: id };
  } catch (error) {
    if (isUniqueViolation(error)) return duplicate(parsed.messageKey);
    throw error;
  }
}

function duplicate(messageKey: string): InboundOutcome {
  log.info("inbound email: already received, ignored", { messageKey: messageKey.slice(0, 120) });
  return { status: "duplicate" };
}

/**
 * Receives one email (its raw MIME bytes, and the SMTP envelope when there is one).
 * Never throws on what the message contains: a bad message is unmatched or ignored.
 */
export async function receiveInboundEmail(raw: Buffer, envelope: Envelope = {}, now = clockNow()): Promise<InboundOutcome> {
  if (raw.length > INBOUND_MAX_BYTES) {
    const parsed = await parseInbound(headerBlock(raw), envelope);
    return recordUnplaced({ status: "UNMATCHED", reason: "too-large", parsed: { ...parsed, body: "", attachments: [] }, size: raw.length, keepAttachments: false }, now);
  }
  const parsed = await parseInbound(raw, envelope);
  const unmatched = (reason: string, keepAttachments = true) => recordUnplaced({ status: "UNMATCHED", reason, parsed, size: raw.length, keepAttachments }, now);
  if (parsed.malformed) return unmatched("malformed", false);
  if (parsed.automatic) return recordUnplaced({ status: "IGNORED", reason: parsed.automatic, parsed, size: raw.length, keepAttachments: false }, now);
  // A replay is recognised before anything else is looked up.
  if (await getDb().inboundEmail.findUnique({ where: { messageKey: parsed.messageKey }, select: { id: true } })) return duplicate(parsed.messageKey);

  const domain = replyDomain();
  const token = domain ? tokenFromAddresses(parsed.recipients, domain) : null;
  if (!token) return unmatched("no-token");
  const verified = verifyToken(token);
  if (!verified) return unmatched("bad-token");
  const db = getDb();
  const [request, person] = await Promise.all([
    db.supportRequest.findUnique({ where: { number: verified.number }, select: { ...ownRequestSelect, authorId: true, resolvedAt: true, closedAt: true } }),
    db.user.findUnique({ where: { id: verified.userId }, select: { id: true, email: true, role: true, active: true, firstName: true, lastName: true, locale: true } }),
  ]);
  if (!request || !person || !person.active) return unmatched("bad-token");
  if (parsed.from !== person.email) return unmatched("sender-mismatch");
  if (!replyWindowOpen(request, now)) return unmatched("request-closed");
  if (!parsed.body && parsed.attachments.length === 0) return unmatched("empty");

  const actor: Actor = person;
  let staffRequest: Awaited<ReturnType<typeof loadStaffRequest>> | null = null;
  if (person.id !== request.authorId) {
    // Not the requester: a staff member answering by email, inside their own scope.
    if (person.role !== "ADVISOR" && person.role !== "SUPPORT" && person.role !== "MENTORSHIP_MANAGER") return unmatched("not-allowed");
    staffRequest = await loadStaffRequest(actor, request.id).catch(() => null);
    if (!staffRequest) return unmatched("not-allowed");
  }

  try {
    const result = await db.$transaction(async (tx) => {
      const row = await tx.inboundEmail.create({
        data: { messageKey: parsed.messageKey, status: "PLACED", fromAddress: parsed.from, subject: parsed.subject, body: parsed.body, requestId: request.id, sizeBytes: raw.length, receivedAt: now },
        select: { id: true },
      });
      const store = (eventId: string) => storeEmailAttachmentsInTx(tx, parsed.attachments, { inboundEmailId: row.id, requestId: request.id, eventId, uploaderId: person.id }, now);
      let stored: Awaited<ReturnType<typeof store>> | null = null;
      // A staff member's documents are stored with their reply, and travel on in its email to the requester.
      const { eventId } = staffRequest
        ? await addStaffReplyInTx(tx, actor, staffRequest, parsed.body, now, async (id) => (stored = await store(id)).ids)
        : await addRequesterReplyInTx(tx, person, request, parsed.body, now);
      stored ??= await store(eventId);
      const reason = stored.refused.length > 0 ? `documents-refused:${stored.refused.map((r) => r.refusal).join(",")}` : null;
      await tx.inboundEmail.update({ where: { id: row.id }, data: { eventId, reason } });
      return { id: row.id, reason };
    }, TX_OPTIONS);
    log.info("inbound email", { inboundId: result.id, status: "PLACED", requestId: request.id, reason: result.reason });
    return { status: "placed", inboundId: result.id, requestId: request.id, ...(result.reason ? { reason: result.reason } : {}) };
  } catch (error) {
    if (isUniqueViolation(error)) return duplicate(parsed.messageKey);
    throw error;
  }
}
