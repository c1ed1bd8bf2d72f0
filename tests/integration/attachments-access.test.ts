// Documents on requests against PostgreSQL: who may upload, list and download them
// (a special-category document only for who reads the request's confidential part,
// each download audited), the type sniffed from the content, the size limit, and
// uploads bound only by their own uploader.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Role } from "@prisma/client";
import { freshDatabase } from "./db";
import { createLearner, createRequest, createUser } from "@/tests/factories";
import { NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { Refusal } from "@/lib/server/errors";
import { bindUploadsInTx, deleteAbandonedUploads, listRequestAttachments, openAttachment, uploadAttachment } from "@/lib/server/data/attachments";
import { actorOf, describeAccessMatrix, expectEveryExportCovered, type AccessRow } from "./support/access";

const db = freshDatabase();
const actors = {} as Record<Role, Actor>;
let plainRequest = "";
let breakRequest = "";
let breakDocument = "";
let plainDocument = "";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const PNG = Buffer.concat([Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex"), Buffer.alloc(64)]);

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

async function attached(uploader: Actor, requestId: string, filename: string, bytes: Buffer) {
  const upload = await uploadAttachment(uploader, { filename, bytes });
  await db().$transaction((tx) => bindUploadsInTx(tx, uploader.id, [upload.id], { requestId, eventId: null }));
  return upload.id;
}

beforeAll(async () => {
  const advisor = await createUser(db(), { role: "ADVISOR" });
  const mentor = await createUser(db(), { role: "MENTOR" });
  const learner = await createLearner(db(), { advisorId: advisor.id, mentorId: mentor.id });
  actors.ADVISOR = actorOf(advisor);
  actors.MENTOR = actorOf(mentor);
  actors.LEARNER = actorOf(learner.user);
  for (const role of ["SUPPORT", "MENTORSHIP_MANAGER", "ADMIN", "DISABILITY_REFERENT"] as const) actors[role] = actorOf(await createUser(db(), { role }));
  plainRequest = (await createRequest(db(), { learnerId: learner.id, topic: "ADMIN_SUPPORT" })).id;
  breakRequest = (await createRequest(db(), { learnerId: learner.id, topic: "BREAK_REQUEST" })).id;
  plainDocument = await attached(actors.LEARNER, plainRequest, "attestation.pdf", PDF);
  breakDocument = await attached(actors.LEARNER, breakRequest, "arret-maladie.pdf", PDF);
});
afterEach(() => vi.unstubAllEnvs());

describe("attachments access matrix", () => {
  const UPLOADERS = ["LEARNER", "MENTOR", "ADVISOR", "SUPPORT", "MENTORSHIP_MANAGER"] as const;
  const MATRIX: AccessRow[] = [
    { name: "uploadAttachment", call: (a) => uploadAttachment(a, { filename: "x.pdf", bytes: PDF }), allowed: UPLOADERS },
    // The learner's own request: the learner, and the staff who see it; not another requester, not the admin.
    { name: "listRequestAttachments", call: (a) => listRequestAttachments(a, plainRequest), allowed: ["LEARNER", "ADVISOR", "SUPPORT", "MENTORSHIP_MANAGER"] },
    { name: "openAttachment", call: (a) => openAttachment(a, plainDocument), allowed: ["LEARNER", "ADVISOR", "SUPPORT", "MENTORSHIP_MANAGER"] },
  ];
  describeAccessMatrix(MATRIX, (role) => actors[role]);

  it("every exported function of attachments.ts has a row", async () => {
    await expectEveryExportCovered(
      import.meta.glob(["../../lib/server/data/attachments.ts", "../../lib/server/data/attachment-store.ts"]),
      MATRIX,
      // Inside the transaction of a write that checked its actor (a request filed, a reply), or the inbound pipeline's;
      // the store's read, behind openAttachment (which checks the actor) and the email sender (a system process).
      ["checkDocument", "bindUploadsInTx", "storeEmailAttachmentsInTx", "deleteAbandonedUploads", "readStoredContent", "storeContent", "deleteOrphanedObjects"],
    );
  });
});

describe("special-category documents (health, RQTH)", () => {
  it("only the learner, the advisor and support download them; the manager, the mentor and the admin get not found", async () => {
    for (const role of ["LEARNER", "ADVISOR", "SUPPORT"] as const) {
      const opened = await openAttachment(actors[role], breakDocument);
      expect(await readAll(opened.stream)).toEqual(PDF);
    }
    for (const role of ["MENTORSHIP_MANAGER", "MENTOR", "ADMIN"] as const) {
      await expect(openAttachment(actors[role], breakDocument)).rejects.toBeInstanceOf(NotFoundError);
    }
    // The manager sees the request, not its special-category documents.
    expect(await listRequestAttachments(actors.MENTORSHIP_MANAGER, breakRequest)).toEqual([]);
    expect((await listRequestAttachments(actors.ADVISOR, breakRequest)).map((a) => a.filename)).toEqual(["arret-maladie.pdf"]);
  });

  it("each download is audited, with who and which learner", async () => {
    const before = await db().auditLog.count({ where: { action: "attachment.download", entityId: breakDocument } });
    await openAttachment(actors.ADVISOR, breakDocument);
    const rows = await db().auditLog.findMany({ where: { action: "attachment.download", entityId: breakDocument }, orderBy: { createdAt: "desc" } });
    expect(rows).toHaveLength(before + 1);
    expect(rows[0]).toMatchObject({ actorId: actors.ADVISOR.id, learnerId: actors.LEARNER.id });
  });
});

describe("what is accepted", () => {
  const refusal = (work: Promise<unknown>) => work.then(() => null, (e: unknown) => (e instanceof Refusal ? e.failure.fieldErrors : Promise.reject(e)));

  it("the type comes from the content, not the name", async () => {
    const png = await uploadAttachment(actors.LEARNER, { filename: "photo.pdf", bytes: PNG });
    expect(png.contentType).toBe("image/png");
    expect(await refusal(uploadAttachment(actors.LEARNER, { filename: "facture.pdf", bytes: Buffer.from("MZ\x90\x00 not a pdf at all", "latin1") }))).toEqual({ file: "type" });
    expect(await refusal(uploadAttachment(actors.LEARNER, { filename: "vide.pdf", bytes: Buffer.alloc(0) }))).toEqual({ file: "empty" });
  });

  it("the size limit is ATTACHMENT_MAX_BYTES", async () => {
    vi.stubEnv("ATTACHMENT_MAX_BYTES", "2048");
    expect(await refusal(uploadAttachment(actors.LEARNER, { filename: "gros.pdf", bytes: Buffer.concat([PDF, Buffer.alloc(4096)]) }))).toEqual({ file: "tooLarge" });
  });

  it("a large document streams back whole, in chunks", async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(700_000, 7)]);
    const id = await attached(actors.LEARNER, plainRequest, "scan.pdf", big);
    const opened = await openAttachment(actors.LEARNER, id);
    expect(opened.sizeBytes).toBe(big.length);
    expect((await readAll(opened.stream)).equals(big)).toBe(true);
  });

  it("only its uploader binds an upload, and only once", async () => {
    const upload = await uploadAttachment(actors.LEARNER, { filename: "a.pdf", bytes: PDF });
    const bind = (uploaderId: string) => refusal(db().$transaction((tx) => bindUploadsInTx(tx, uploaderId, [upload.id], { requestId: plainRequest, eventId: null })));
    expect(await bind(actors.MENTOR.id)).toEqual({ attachmentIds: "missing" });
    expect(await bind(actors.LEARNER.id)).toBeNull();
    expect(await bind(actors.LEARNER.id)).toEqual({ attachmentIds: "missing" });
  });

  it("an upload never sent with its form is deleted a day later; bound ones stay", async () => {
    const left = await uploadAttachment(actors.LEARNER, { filename: "oublie.pdf", bytes: PDF });
    await deleteAbandonedUploads(new Date(Date.now() + 60_000));
    expect(await db().attachment.findUnique({ where: { id: left.id } })).toBeNull();
    expect(await db().attachment.findUnique({ where: { id: plainDocument } })).not.toBeNull();
  });
});
