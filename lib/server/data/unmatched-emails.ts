import "server-only";
import { getDb, TX_OPTIONS } from "@/lib/server/db";
import { assertRole, NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { refuse } from "@/lib/server/errors";
import { now as clockNow } from "@/lib/server/clock";
import { writeAudit } from "@/lib/server/data/audit";
import type { AttachInboundInput, DiscardInboundInput } from "@/lib/schemas/inbound";
import { staffScope } from "./inbox";

// The "unmatched" queue: emails the inbound pipeline (data/inbound.ts) could not
// place on a thread. Support and the Mentorship Manager read them, attach one to a
// request (an internal note with its text and documents: its sender was not verified,
// so the requester does not see it as theirs) or discard it (its text and documents
// are deleted). Both are conditional on the email still being unmatched.

const QUEUE = ["SUPPORT", "MENTORSHIP_MANAGER"] as const;

/** The unmatched emails, newest first (the 100 latest), with their documents. */
export async function listUnmatchedEmails(actor: Actor) {
  assertRole(actor, QUEUE);
  const db = getDb();
  const [items, total] = await Promise.all([
    db.inboundEmail.findMany({
      where: { status: "UNMATCHED" },
      orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
      take: 100,
      select: {
        id: true,
        fromAddress: true,
        subject: true,
        body: true,
        reason: true,
        receivedAt: true,
        sizeBytes: true,
        attachments: { orderBy: { createdAt: "asc" }, select: { id: true, filename: true, sizeBytes: true } },
      },
    }),
    db.inboundEmail.count({ where: { status: "UNMATCHED" } }),
  ]);
  return { items, total };
}

async function loadUnmatched(actor: Actor, id: string) {
  assertRole(actor, QUEUE);
  const email = await getDb().inboundEmail.findFirst({ where: { id, status: "UNMATCHED" }, select: { id: true, fromAddress: true, subject: true, body: true } });
  if (!email) throw new NotFoundError("inbound email");
  return email;
}

/** Attaches an unmatched email to a request: an internal note with its text, its documents moved onto the request. */
export async function attachUnmatchedEmail(actor: Actor, input: AttachInboundInput, now = clockNow()): Promise<{ requestId: string }> {
  const email = await loadUnmatched(actor, input.id);
  const request = await getDb().supportRequest.findFirst({ where: { AND: [staffScope(actor), { number: Number(input.requestNumber) }] }, select: { id: true, learnerId: true } });
  if (!request) throw refuse.field("requestNumber", "unknownRequest");
  const header = [email.fromAddress ?? "?", email.subject ?? ""].filter(Boolean).join(" — ");
  await getDb().$transaction(async (tx) => {
    const note = await tx.requestEvent.create({
      data: { requestId: request.id, actorId: actor.id, type: "INTERNAL_NOTE", visibility: "INTERNAL", body: `${header}\n\n${email.body ?? ""}`.trim().slice(0, 8000), createdAt: now },
      select: { id: true },
    });
    const { count } = await tx.inboundEmail.updateMany({
      where: { id: email.id, status: "UNMATCHED" },
      data: { status: "ATTACHED", requestId: request.id, eventId: note.id, handledById: actor.id, handledAt: now },
    });
    if (count !== 1) throw refuse.form("alreadyHandled");
    await tx.attachment.updateMany({ where: { inboundEmailId: email.id }, data: { requestId: request.id, eventId: note.id } });
    await writeAudit(tx, { actorId: actor.id, action: "inbound.attach", entityType: "InboundEmail", entityId: email.id, learnerId: request.learnerId, after: { requestId: request.id } });
  }, TX_OPTIONS);
  return { requestId: request.id };
}

/** Discards an unmatched email: its text and documents are deleted, the row stays (so a replay is still recognised). */
export async function discardUnmatchedEmail(actor: Actor, input: DiscardInboundInput, now = clockNow()): Promise<void> {
  const email = await loadUnmatched(actor, input.id);
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.inboundEmail.updateMany({
      where: { id: email.id, status: "UNMATCHED" },
      data: { status: "DISCARDED", body: null, handledById: actor.id, handledAt: now },
    });
    if (count !== 1) throw refuse.form("alreadyHandled");
    await tx.attachment.deleteMany({ where: { inboundEmailId: email.id } });
    await writeAudit(tx, { actorId: actor.id, action: "inbound.discard", entityType: "InboundEmail", entityId: email.id, after: { from: email.fromAddress, subject: email.subject } });
  }, TX_OPTIONS);
}
