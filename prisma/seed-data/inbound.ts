import { createHash } from "node:crypto";
import { createRequest, type FactoryDb } from "../../tests/factories";
import type { RequestContext } from "./requests";

// Two-way email and documents in the demo: the demo learner's request carries a PDF
// they attached (the advisor downloads it from the request page) and the attestation
// the advisor answered with (the learner downloads it from theirs), and support's
// "unmatched" queue (/support/inbound) holds an email sent from a partner's address.

/** A one-page PDF with a line of text, built with its cross-reference table so viewers open it. */
export function demoPdf(line: string): Buffer {
  const text = line.replace(/[()\\]/g, "");
  const stream = `BT /F1 14 Tf 72 760 Td (${text}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

async function attach(db: FactoryDb, file: { filename: string; content: Buffer; uploadedById: string | null; requestId: string | null; eventId?: string | null; inboundEmailId?: string | null; createdAt: Date }) {
  await db.attachment.create({
    data: {
      filename: file.filename,
      contentType: "application/pdf",
      sizeBytes: file.content.length,
      sha256: createHash("sha256").update(file.content).digest("hex"),
      content: new Uint8Array(file.content),
      uploadedById: file.uploadedById,
      requestId: file.requestId,
      eventId: file.eventId ?? null,
      inboundEmailId: file.inboundEmailId ?? null,
      createdAt: file.createdAt,
    },
  });
}

export async function seedInbound(ctx: RequestContext): Promise<void> {
  const { db, now } = ctx;
  const lea = ctx.learner(0);
  const filedAt = new Date(now.getTime() - 26 * 3_600_000);
  const request = await createRequest(db, {
    idempotencyKey: "seed-inbound-1",
    learnerId: lea.id,
    topic: "ADMIN_SUPPORT",
    createdAt: filedAt,
    subject: "Attestation d'entrée en formation pour France Travail",
    message: `Bonjour,\n\nFrance Travail me demande une attestation d'entrée en formation. Je joins leur courrier.\n\nMerci,\n\n${lea.firstName}`,
  });
  await attach(db, { filename: "courrier-france-travail.pdf", content: demoPdf("Courrier France Travail (demo)"), uploadedById: lea.id, requestId: request.id, createdAt: filedAt });

  // The advisor answered with the attestation attached: a document that travels both ways
  // (the email about it carries it too: lib/server/data/triage.ts addStaffReplyInTx).
  const repliedAt = new Date(filedAt.getTime() + 2 * 3_600_000);
  const reply = await db.requestEvent.create({
    data: { requestId: request.id, actorId: lea.advisor.id, type: "REPLY", visibility: "PUBLIC", body: "Bonjour,\n\nVoici votre attestation d'entrée en formation, à transmettre à France Travail avec leur formulaire.", createdAt: repliedAt },
  });
  await db.supportRequest.update({ where: { id: request.id }, data: { firstResponseAt: repliedAt } });
  await attach(db, { filename: "attestation-entree-formation.pdf", content: demoPdf("Attestation d'entree en formation (demo)"), uploadedById: lea.advisor.id, requestId: request.id, eventId: reply.id, createdAt: repliedAt });

  const receivedAt = new Date(now.getTime() - 3 * 3_600_000);
  const email = await db.inboundEmail.create({
    data: {
      messageKey: "<seed-unmatched-1@partenaire.example>",
      status: "UNMATCHED",
      reason: "sender-mismatch",
      fromAddress: "m.dupont@partenaire.example",
      subject: "Re: Votre demande n° " + request.number,
      body: `Bonjour,\n\nJe suis la conseillère France Travail de ${lea.firstName}. Vous trouverez ci-joint le formulaire à compléter.\n\nCordialement,\nM. Dupont`,
      sizeBytes: 4_812,
      receivedAt,
    },
  });
  await attach(db, { filename: "formulaire-attestation.pdf", content: demoPdf("Formulaire d'attestation (demo)"), uploadedById: null, requestId: null, inboundEmailId: email.id, createdAt: receivedAt });
}
