// Replies by email against PostgreSQL, through a real SMTP conversation: nodemailer
// sends to the worker's SMTP listener (lib/server/mail/inbound-smtp.ts), which feeds
// the inbound pipeline (lib/server/data/inbound.ts). A learner's reply to "your advisor
// answered" lands once on the thread with its document and without the quoted
// history; another sender, an auto-reply, a replay, a token for another request, a
// closed request and bad mail change nothing on the thread.
import { randomUUID } from "node:crypto";
import nodemailer from "nodemailer";
import type Mail from "nodemailer/lib/mailer";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { freshDatabase } from "./db";
import { createLearner, createUser, FILE_ANEW } from "@/tests/factories";
import type { Actor } from "@/lib/server/auth/actor";
import { setClock } from "@/lib/server/clock";
import { fileLearnerRequest } from "@/lib/server/data/contact";
import { changeRequestStatus, replyToRequest } from "@/lib/server/data/triage";
import { receiveInboundEmail } from "@/lib/server/data/inbound";
import { startInboundSmtp, type InboundSmtp } from "@/lib/server/mail/inbound-smtp";
import { learnerRequestSchema } from "@/lib/schemas/contact";
import { INBOUND_MAX_BYTES } from "@/lib/domain/attachments";
import { POST as inboundRoute } from "@/app/api/inbound/email/route";
import { attachUnmatchedEmail, discardUnmatchedEmail, listUnmatchedEmails } from "@/lib/server/data/unmatched-emails";
import { NotFoundError } from "@/lib/server/auth/actor";
import type { Role } from "@prisma/client";
import { actorOf, describeAccessMatrix, expectEveryExportCovered, type AccessRow } from "./support/access";

const db = freshDatabase();
let learner: Actor;
let advisor: Actor;
let listener: InboundSmtp;
let transport: ReturnType<typeof nodemailer.createTransport>;

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

beforeAll(async () => {
  vi.stubEnv("REPLY_DOMAIN", "reply.portail.test");
  vi.stubEnv("AUTH_SECRET", "test-secret-for-reply-tokens-0123456789");
  advisor = actorOf(await createUser(db(), { role: "ADVISOR" }));
  learner = actorOf((await createLearner(db(), { advisorId: advisor.id })).user);
  listener = await startInboundSmtp({ port: 0, host: "127.0.0.1", log: () => {} });
  transport = nodemailer.createTransport({ host: "127.0.0.1", port: listener.port, secure: false, ignoreTLS: true });
});
afterAll(async () => {
  transport.close();
  await listener.stop();
  vi.unstubAllEnvs();
});
afterEach(() => setClock(null));

/** A request the advisor answered (the email carries the reply address) and set waiting for the learner. */
async function answeredRequest(subject: string) {
  const filed = await fileLearnerRequest(
    learner,
    learnerRequestSchema.parse({ topic: "ADMIN_SUPPORT", subject, message: "Il me faut une attestation.", idempotencyKey: randomUUID(), ...FILE_ANEW }),
  );
  await replyToRequest(advisor, { id: filed.id, body: "Pouvez-vous m'envoyer votre justificatif ?" });
  const { version, number } = await db().supportRequest.findUniqueOrThrow({ where: { id: filed.id } });
  await changeRequestStatus(advisor, { id: filed.id, version, status: "WAITING_FOR_REQUESTER" });
  const email = await db().emailOutbox.findFirstOrThrow({ where: { template: "request.reply", toAddress: learner.email, subject: { contains: `n° ${number} ` } } });
  return { id: filed.id, number, replyTo: email.replyTo! };
}

const quoted = "\n\nLe mer. 2 déc. 2026 à 10:00, Portail <no-reply@portail.test> a écrit :\n> Bonjour,\n> Pouvez-vous m'envoyer votre justificatif ?\n";

async function send(message: Mail.Options) {
  return transport.sendMail({ messageId: `<${randomUUID()}@mail.learner.test>`, ...message });
}

const replies = (requestId: string) => db().requestEvent.findMany({ where: { requestId, type: "REPLY" }, orderBy: { createdAt: "asc" }, include: { attachments: true } });

describe("replies by email, through the SMTP listener", () => {
  it("the advisor's reply carries a reply address bound to the request and the learner", async () => {
    const request = await answeredRequest("Adresse de réponse");
    expect(request.replyTo).toMatch(new RegExp(`^reply\\+${request.number}-${learner.id}-[a-z2-7]{16}@reply\\.portail\\.test$`));
    expect(request.replyTo.split("@")[0].length).toBeLessThanOrEqual(64);
  });

  it("a learner's reply lands once on the thread, with its document, quoted history removed; the request reopens and the advisor is told", async () => {
    const request = await answeredRequest("Justificatif par email");
    const messageId = `<${randomUUID()}@mail.learner.test>`;
    const message = {
      messageId,
      from: `Léa <${learner.email}>`,
      to: request.replyTo,
      subject: `Re: votre demande n° ${request.number}`,
      text: `Voici mon justificatif.\n\n-- \nLéa${quoted}`,
      attachments: [{ filename: "justificatif.pdf", content: PDF, contentType: "application/octet-stream" }],
    };
    await send(message);
    const [reply] = (await replies(request.id)).filter((e) => e.actorId === learner.id);
    expect(reply.body).toBe("Voici mon justificatif.");
    expect(reply.visibility).toBe("PUBLIC");
    expect(reply.attachments.map((a) => [a.filename, a.contentType, a.requestId])).toEqual([["justificatif.pdf", "application/pdf", request.id]]);
    const after = await db().supportRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(after.status).toBe("IN_PROGRESS");
    expect(await db().emailOutbox.count({ where: { template: "request.requester-reply", toAddress: advisor.email, subject: { contains: `n° ${request.number} ` } } })).toBe(1);

    // The same message again (a relay's retry): stored once.
    await send(message);
    expect((await replies(request.id)).filter((e) => e.actorId === learner.id)).toHaveLength(1);
    expect(await db().inboundEmail.count({ where: { messageKey: messageId } })).toBe(1);
    expect(await db().attachment.count({ where: { requestId: request.id } })).toBe(1);
  });

  it("the advisor answers the requester's email by email: a staff reply, emailed to the learner", async () => {
    const request = await answeredRequest("Conseiller par email");
    await send({ from: learner.email, to: request.replyTo, subject: "Re", text: "Le voici." });
    const notice = await db().emailOutbox.findFirstOrThrow({ where: { template: "request.requester-reply", toAddress: advisor.email, subject: { contains: `n° ${request.number} ` } } });
    expect(notice.replyTo).toMatch(new RegExp(`^reply\\+${request.number}-${advisor.id}-`));
    await send({
      from: advisor.email,
      to: notice.replyTo!,
      subject: "Re",
      html: "<p>Bien reçu, <b>merci</b>.</p><blockquote>Le voici.</blockquote>",
      attachments: [{ filename: "attestation-signee.pdf", content: PDF }],
    });
    const staff = (await replies(request.id)).filter((e) => e.actorId === advisor.id);
    expect(staff.map((e) => e.body)).toContain("Bien reçu, merci.");
    const toLearner = await db().emailOutbox.findMany({
      where: { template: "request.reply", toAddress: learner.email, subject: { contains: `n° ${request.number} ` } },
      orderBy: { createdAt: "asc" },
      include: { attachments: { include: { attachment: { select: { filename: true, eventId: true } } } } },
    });
    expect(toLearner).toHaveLength(2);
    // The advisor's document travels on to the learner: the email references the stored row.
    const reply = staff.find((e) => e.body === "Bien reçu, merci.")!;
    expect(toLearner[1].attachments.map((a) => a.attachment)).toEqual([{ filename: "attestation-signee.pdf", eventId: reply.id }]);
  });

  it("a reply from another address goes to the unmatched queue; the thread does not change", async () => {
    const request = await answeredRequest("Autre expéditeur");
    await send({ from: "someone-else@elsewhere.test", to: request.replyTo, subject: "Re", text: "Je réponds à sa place." });
    expect(await replies(request.id)).toHaveLength(1);
    const unmatched = await db().inboundEmail.findFirstOrThrow({ where: { fromAddress: "someone-else@elsewhere.test" } });
    expect(unmatched).toMatchObject({ status: "UNMATCHED", reason: "sender-mismatch", requestId: null, body: "Je réponds à sa place." });
  });

  it("an auto-reply changes nothing: the request keeps waiting", async () => {
    const request = await answeredRequest("Réponse automatique");
    await send({ from: learner.email, to: request.replyTo, subject: "Absence", text: "Je suis absente jusqu'au 5.", headers: { "Auto-Submitted": "auto-replied" } });
    await send({ from: learner.email, to: request.replyTo, subject: "Absence", text: "Absente.", headers: { Precedence: "auto_reply" } });
    expect(await replies(request.id)).toHaveLength(1);
    expect((await db().supportRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("WAITING_FOR_REQUESTER");
    expect(await db().inboundEmail.count({ where: { status: "IGNORED", reason: "auto-reply", fromAddress: learner.email } })).toBeGreaterThanOrEqual(2);
  });

  it("a delivery status notification (bounce, empty return path) changes nothing", async () => {
    const request = await answeredRequest("Rebond");
    await transport.sendMail({ envelope: { from: "", to: request.replyTo }, from: "MAILER-DAEMON@relay.test", to: request.replyTo, subject: "Undelivered", text: "Delivery failed" });
    expect(await replies(request.id)).toHaveLength(1);
    expect(await db().inboundEmail.count({ where: { status: "IGNORED", reason: "bounce" } })).toBeGreaterThanOrEqual(1);
  });

  it("a token moved to another request, or a forged one, is unmatched", async () => {
    const a = await answeredRequest("Jeton A");
    const b = await answeredRequest("Jeton B");
    const moved = a.replyTo.replace(`reply+${a.number}-`, `reply+${b.number}-`);
    await send({ from: learner.email, to: moved, subject: "Re", text: "Jeton déplacé." });
    await send({ from: learner.email, to: `reply+${b.number}-${learner.id}-aaaaaaaaaaaaaaaa@reply.portail.test`, subject: "Re", text: "Jeton forgé." });
    expect(await replies(a.id)).toHaveLength(1);
    expect(await replies(b.id)).toHaveLength(1);
    expect(await db().inboundEmail.count({ where: { status: "UNMATCHED", reason: "bad-token", fromAddress: learner.email } })).toBe(2);
  });

  it("a request closed longer than the grace period takes no more replies", async () => {
    const request = await answeredRequest("Fermée");
    await db().supportRequest.update({ where: { id: request.id }, data: { status: "CLOSED", closedAt: new Date(Date.now() - 30 * 86_400_000) } });
    await send({ from: learner.email, to: request.replyTo, subject: "Re", text: "Trop tard ?" });
    expect(await replies(request.id)).toHaveLength(1);
    expect(await db().inboundEmail.count({ where: { reason: "request-closed" } })).toBe(1);
  });

  it("the listener refuses recipients outside the reply domain", async () => {
    await expect(send({ from: learner.email, to: "someone@other.test", text: "x" })).rejects.toThrow(/550/);
  });
});

describe("bad mail never breaks the thread", () => {
  it("an oversize message is recorded as unmatched, its content dropped", async () => {
    const raw = Buffer.concat([Buffer.from(`From: ${learner.email}\r\nMessage-ID: <big-${randomUUID()}@x.test>\r\nSubject: gros\r\n\r\n`), Buffer.alloc(INBOUND_MAX_BYTES + 1, 0x61)]);
    expect(await receiveInboundEmail(raw)).toMatchObject({ status: "unmatched", reason: "too-large" });
  });

  it("garbage, an unknown charset and a message without Message-ID are handled once each", async () => {
    const garbage = Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x02, 0x0d, 0x0a, 0x3a, 0x3a]);
    expect((await receiveInboundEmail(garbage)).status).toBe("unmatched");
    expect((await receiveInboundEmail(garbage)).status).toBe("duplicate");
    const charset = Buffer.from(`From: ${learner.email}\r\nSubject: =?x-unknown?Q?caf=E9?=\r\nContent-Type: text/plain; charset=x-unknown-42\r\n\r\ncaf\xe9\r\n`, "latin1");
    expect((await receiveInboundEmail(charset)).status).toBe("unmatched");
    expect((await receiveInboundEmail(charset)).status).toBe("duplicate");
  });
});

describe("bad mail never breaks the thread: HTML, broken MIME", () => {
  const HOSTILE_HTML =
    '<html><head><style>p{color:red}</style><title>t</title></head><body><p>Voici <b>mon</b> &lt;attestation&gt;.</p>' +
    '<script>alert("x")</script><img src="x" onerror="alert(1)"><a href="javascript:alert(2)">le lien</a>' +
    "<blockquote>Pouvez-vous m'envoyer votre justificatif ?</blockquote></body></html>";

  it("an HTML-only reply becomes plain text: no tags, scripts, styles or link targets, the quote dropped", async () => {
    const request = await answeredRequest("HTML seul");
    await send({ from: learner.email, to: request.replyTo, subject: "Re", html: HOSTILE_HTML });
    const [reply] = (await replies(request.id)).filter((e) => e.actorId === learner.id);
    expect(reply.body).toBe("Voici mon <attestation>.\n\nle lien");
    for (const unsafe of ["<b>", "<script", "alert", "javascript:", "onerror", "color:red", "justificatif"]) expect(reply.body).not.toContain(unsafe);
  });

  it("an HTML-only reply with a document keeps its text (mailparser gives no text for it) and its document", async () => {
    const request = await answeredRequest("HTML et document");
    await send({ from: learner.email, to: request.replyTo, subject: "Re", html: HOSTILE_HTML, attachments: [{ filename: "attestation.pdf", content: PDF }] });
    const [reply] = (await replies(request.id)).filter((e) => e.actorId === learner.id);
    expect(reply.body).toBe("Voici mon <attestation>.\n\nle lien");
    expect(reply.attachments.map((a) => a.filename)).toEqual(["attestation.pdf"]);
  });

  it("a multipart message with no closing boundary and broken base64 is handled once, never a crash", async () => {
    const request = await answeredRequest("MIME cassé");
    const raw = Buffer.from(
      [
        `From: ${learner.email}`,
        `To: ${request.replyTo}`,
        `Message-ID: <broken-${randomUUID()}@mail.learner.test>`,
        "Subject: Re",
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="XYZ"',
        "",
        "--XYZ",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        "Voici le document =C3=A0 moiti=",
        "--XYZ",
        'Content-Type: application/pdf; name="coupe.pdf"',
        "Content-Transfer-Encoding: base64",
        "",
        "JVBERi0xLjQK!!!not base64@@@",
      ].join("\r\n"),
    );
    const first = await receiveInboundEmail(raw);
    expect(["placed", "unmatched"]).toContain(first.status);
    expect((await receiveInboundEmail(raw)).status).toBe("duplicate");
    const mine = (await replies(request.id)).filter((e) => e.actorId === learner.id);
    expect(mine.length).toBeLessThanOrEqual(1);
    if (first.status === "placed") expect(mine[0].body).toContain("Voici le document à moiti");
    // Whatever of the document survived was checked like any upload: never stored as what it claims.
    const stored = await db().attachment.findMany({ where: { requestId: request.id } });
    expect(stored.every((a) => a.contentType === "application/pdf" && Buffer.from(a.content!).subarray(0, 4).toString() === "%PDF")).toBe(true);
  });
});

describe("the unmatched queue", () => {
  const actors = {} as Record<Role, Actor>;
  beforeAll(async () => {
    actors.LEARNER = learner;
    actors.ADVISOR = advisor;
    for (const role of ["MENTOR", "SUPPORT", "MENTORSHIP_MANAGER", "ADMIN", "DISABILITY_REFERENT"] as const) actors[role] = actorOf(await createUser(db(), { role }));
  });
  const unmatched = async () =>
    (await db().inboundEmail.create({ data: { messageKey: `<${randomUUID()}@x.test>`, status: "UNMATCHED", reason: "no-token", fromAddress: "x@elsewhere.test", body: "Bonjour", sizeBytes: 10, receivedAt: new Date() } })).id;
  let requestNumber = "";
  beforeAll(async () => {
    requestNumber = String((await answeredRequest("Cible du rattachement")).number);
  });

  const QUEUE = ["SUPPORT", "MENTORSHIP_MANAGER"] as const;
  const MATRIX: AccessRow[] = [
    { name: "listUnmatchedEmails", call: (a) => listUnmatchedEmails(a), allowed: QUEUE },
    { name: "attachUnmatchedEmail", call: async (a) => attachUnmatchedEmail(a, { id: await unmatched(), requestNumber }), allowed: QUEUE },
    { name: "discardUnmatchedEmail", call: async (a) => discardUnmatchedEmail(a, { id: await unmatched() }), allowed: QUEUE },
  ];
  describeAccessMatrix(MATRIX, (role) => actors[role]);

  it("every exported function of inbound.ts and unmatched-emails.ts is covered (the pipeline takes no actor: its sender is checked against the token)", async () => {
    await expectEveryExportCovered(import.meta.glob(["../../lib/server/data/inbound.ts", "../../lib/server/data/unmatched-emails.ts"]), MATRIX, ["receiveInboundEmail"]);
  });

  it("support attaches an email from another address to the request: an internal note, its document moved onto the request; once only", async () => {
    const request = await answeredRequest("Rattachée par le support");
    await send({ from: "parent@elsewhere.test", to: request.replyTo, subject: "Certificat", text: "Voici le certificat de ma fille.", attachments: [{ filename: "certificat.pdf", content: PDF }] });
    const email = await db().inboundEmail.findFirstOrThrow({ where: { fromAddress: "parent@elsewhere.test", status: "UNMATCHED" }, include: { attachments: true } });
    expect(email.attachments).toHaveLength(1);
    const listed = await listUnmatchedEmails(actors.SUPPORT);
    expect(listed.items.find((e) => e.id === email.id)?.attachments.map((a) => a.filename)).toEqual(["certificat.pdf"]);
    await attachUnmatchedEmail(actors.SUPPORT, { id: email.id, requestNumber: String(request.number) });
    const note = await db().requestEvent.findFirstOrThrow({ where: { requestId: request.id, type: "INTERNAL_NOTE", actorId: actors.SUPPORT.id }, include: { attachments: true } });
    expect(note.body).toContain("Voici le certificat de ma fille.");
    expect(note.attachments.map((a) => a.requestId)).toEqual([request.id]);
    await expect(attachUnmatchedEmail(actors.SUPPORT, { id: email.id, requestNumber: String(request.number) })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("an unknown request number is a field error; discarding deletes the text and documents", async () => {
    const id = await unmatched();
    await expect(attachUnmatchedEmail(actors.SUPPORT, { id, requestNumber: "999999999" })).rejects.toMatchObject({ failure: { fieldErrors: { requestNumber: "unknownRequest" } } });
    await discardUnmatchedEmail(actors.MENTORSHIP_MANAGER, { id });
    expect(await db().inboundEmail.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DISCARDED", body: null, handledById: actors.MENTORSHIP_MANAGER.id });
  });
});

describe("POST /api/inbound/email", () => {
  const SECRET = "inbound-webhook-secret-0123456789abcdef";
  const post = (body: string, authorization?: string) =>
    inboundRoute(new Request("http://portail.test/api/inbound/email", { method: "POST", body, headers: authorization ? { authorization } : {} }));

  it("is off (404) while INBOUND_SECRET is unset, and answers 401 without the right secret", async () => {
    expect((await post("x", `Bearer ${SECRET}`)).status).toBe(404);
    vi.stubEnv("INBOUND_SECRET", SECRET);
    expect((await post("x")).status).toBe(401);
    expect((await post("x", "Bearer wrong")).status).toBe(401);
    expect((await post("x", SECRET)).status).toBe(401);
    vi.stubEnv("INBOUND_SECRET", "");
  });

  it("feeds the same pipeline: a learner's reply lands on the thread, a replay is a duplicate", async () => {
    vi.stubEnv("INBOUND_SECRET", SECRET);
    const request = await answeredRequest("Par le webhook");
    const raw = [`From: ${learner.email}`, `To: ${request.replyTo}`, `Message-ID: <${randomUUID()}@provider.test>`, "Subject: Re", "Content-Type: text/plain; charset=utf-8", "", "Envoyé par le webhook.", ""].join("\r\n");
    const first = await post(raw, `Bearer ${SECRET}`);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ status: "placed" });
    expect(await (await post(raw, `Bearer ${SECRET}`)).json()).toEqual({ status: "duplicate" });
    expect((await replies(request.id)).map((e) => e.body)).toContain("Envoyé par le webhook.");
    vi.stubEnv("INBOUND_SECRET", "");
  });
});
