// Documents on outgoing emails, against PostgreSQL and a real SMTP server (smtp-server
// + mailparser): a staff reply's documents travel with the email to the requester.
// The outbox references the stored rows (no bytes copied into it); the sender streams
// them from the store when it sends. On a special-category topic (health, absence,
// RQTH) nothing is attached: the email says the document is in the portal.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { freshDatabase } from "./db";
import { startTestSmtp, type TestSmtp } from "./support/smtp";
import { createLearner, createRequest, createUser } from "@/tests/factories";
import { NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { Refusal } from "@/lib/server/errors";
import { uploadAttachment } from "@/lib/server/data/attachments";
import { replyToRequest } from "@/lib/server/data/triage";
import { deliverDueEmails } from "@/lib/server/mail/delivery";
import { smtpSender } from "@/lib/server/mail/transport";
import { actorOf } from "./support/access";

const db = freshDatabase();
let smtp: TestSmtp;
let advisor: Actor;
let learner: Actor;
let learnerId = "";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
// Larger than one read of the store (256 KB): the sender streams it in several chunks.
const BIG_PDF = Buffer.concat([PDF, Buffer.alloc(700 * 1024, 0x25), Buffer.from("\n%%EOF\n")]);
const PNG = Buffer.concat([Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex"), Buffer.alloc(64, 7)]);

beforeAll(async () => {
  smtp = await startTestSmtp();
  const a = await createUser(db(), { role: "ADVISOR" });
  advisor = actorOf(a);
  const l = await createLearner(db(), { advisorId: a.id });
  learner = actorOf(l.user);
  learnerId = l.id;
});
afterAll(async () => {
  await smtp.stop();
});
beforeEach(() => {
  smtp.messages.length = 0;
});

/** The advisor answers a request on `topic` with documents; the worker sends what is due. */
async function replyWith(topic: "ADMIN_SUPPORT" | "BREAK_REQUEST" | "RQTH", files: { filename: string; bytes: Buffer }[]) {
  const request = await createRequest(db(), { learnerId, topic, assigneeId: advisor.id, queue: "ADVISOR" });
  const uploads = [];
  for (const file of files) uploads.push(await uploadAttachment(advisor, file));
  await replyToRequest(advisor, { id: request.id, body: "Voici le document demandé.", attachmentIds: uploads.map((u) => u.id) });
  const outbox = await db().emailOutbox.findFirstOrThrow({ where: { template: "request.reply", subject: { contains: `n° ${request.number} ` } }, include: { attachments: { orderBy: { position: "asc" } } } });
  await deliverDueEmails(smtpSender(smtp.url)!);
  const sent = smtp.messages.find((m) => m.subject?.includes(`n° ${request.number} `));
  return { request, uploads, outbox, sent: sent! };
}

describe("documents on the email to the requester", () => {
  it("the outbox references the stored documents, and the email sent carries their exact bytes", async () => {
    const { request, uploads, outbox, sent } = await replyWith("ADMIN_SUPPORT", [
      { filename: "attestation.pdf", bytes: BIG_PDF },
      { filename: "plan.png", bytes: PNG },
    ]);
    // References, in order, to rows bound to the request and the reply: no copy of the bytes.
    expect(outbox.attachments.map((a) => a.attachmentId)).toEqual(uploads.map((u) => u.id));
    expect(outbox.textBody.length + outbox.htmlBody.length).toBeLessThan(20_000);
    const bound = await db().attachment.findMany({ where: { id: { in: uploads.map((u) => u.id) } }, select: { requestId: true, eventId: true } });
    expect(bound.every((b) => b.requestId === request.id && b.eventId)).toBe(true);

    expect(sent.to && "text" in sent.to ? sent.to.text : "").toContain(learner.email);
    expect(sent.text).toContain("Les 2 documents joints à cette réponse sont en pièces jointes de cet email.");
    const files = sent.attachments.filter((a) => a.contentDisposition === "attachment");
    expect(files.map((a) => [a.filename, a.contentType])).toEqual([
      ["attestation.pdf", "application/pdf"],
      ["plan.png", "image/png"],
    ]);
    expect(Buffer.compare(files[0].content, BIG_PDF)).toBe(0);
    expect(Buffer.compare(files[1].content, PNG)).toBe(0);
    expect((await db().emailOutbox.findUniqueOrThrow({ where: { id: outbox.id } })).status).toBe("SENT");
  });

  it("a health (break) document is never attached: the email says it is in the portal", async () => {
    const { outbox, sent } = await replyWith("BREAK_REQUEST", [{ filename: "certificat-medical.pdf", bytes: PDF }]);
    expect(outbox.attachments).toEqual([]);
    expect(sent.attachments.filter((a) => a.contentDisposition === "attachment")).toEqual([]);
    expect(sent.text).toContain("Un document est joint à cette réponse ; il n'est pas envoyé par email : vous le trouverez sur votre demande, dans le portail.");
    expect(sent.text).not.toContain("%PDF");
    expect(sent.html || "").not.toContain("certificat-medical");
  });

  it("nor an RQTH one", async () => {
    const { outbox, sent } = await replyWith("RQTH", [{ filename: "notification-rqth.pdf", bytes: PDF }]);
    expect(outbox.attachments).toEqual([]);
    expect(sent.attachments).toEqual([]);
    expect(sent.text).toContain("vous le trouverez sur votre demande, dans le portail");
  });

  it("a document deleted before the email leaves is simply not sent", async () => {
    const request = await createRequest(db(), { learnerId, topic: "ADMIN_SUPPORT", assigneeId: advisor.id, queue: "ADVISOR" });
    const upload = await uploadAttachment(advisor, { filename: "retire.pdf", bytes: PDF });
    await replyToRequest(advisor, { id: request.id, body: "Le voici.", attachmentIds: [upload.id] });
    await db().attachment.delete({ where: { id: upload.id } });
    await deliverDueEmails(smtpSender(smtp.url)!);
    const sent = smtp.messages.find((m) => m.subject?.includes(`n° ${request.number} `))!;
    expect(sent.attachments).toEqual([]);
  });

  it("only who may reply attaches: an advisor outside the request's scope gets not found, their upload stays unbound", async () => {
    const request = await createRequest(db(), { learnerId, topic: "ADMIN_SUPPORT", assigneeId: advisor.id, queue: "ADVISOR" });
    const other = actorOf(await createUser(db(), { role: "ADVISOR" }));
    const upload = await uploadAttachment(other, { filename: "intrus.pdf", bytes: PDF });
    await expect(replyToRequest(other, { id: request.id, body: "Je ne suis pas son conseiller.", attachmentIds: [upload.id] })).rejects.toBeInstanceOf(NotFoundError);
    // The admin may not even upload.
    await expect(uploadAttachment(actorOf(await createUser(db(), { role: "ADMIN" })), { filename: "x.pdf", bytes: PDF })).rejects.toBeInstanceOf(NotFoundError);
    expect((await db().attachment.findUniqueOrThrow({ where: { id: upload.id } })).requestId).toBeNull();
    expect(await db().requestEvent.count({ where: { requestId: request.id, type: "REPLY" } })).toBe(0);
  });

  it("someone else's upload refuses the whole reply: no reply, no email", async () => {
    const request = await createRequest(db(), { learnerId, topic: "ADMIN_SUPPORT", assigneeId: advisor.id, queue: "ADVISOR" });
    const theirs = await uploadAttachment(learner, { filename: "a-moi.pdf", bytes: PDF });
    const refusal = await replyToRequest(advisor, { id: request.id, body: "Avec le document d'un autre.", attachmentIds: [theirs.id] }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(Refusal);
    expect((refusal as Refusal).failure.fieldErrors).toEqual({ attachmentIds: "missing" });
    expect(await db().requestEvent.count({ where: { requestId: request.id, type: "REPLY" } })).toBe(0);
    expect(await db().emailOutbox.count({ where: { template: "request.reply", subject: { contains: `n° ${request.number} ` } } })).toBe(0);
    expect((await db().attachment.findUniqueOrThrow({ where: { id: theirs.id } })).requestId).toBeNull();
  });
});
