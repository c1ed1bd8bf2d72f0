// ATTACHMENT_STORE=s3 against a real S3-compatible server (s3rver, on 127.0.0.1 and a
// free port, its files in a temporary folder) and PostgreSQL: a document's bytes go to
// the store, the row keeps only the key; the download and the email stream them back;
// once the row is deleted (here with its request: a cascade, as erasure does), the
// "stored-objects" job deletes the object no row references.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
// @ts-expect-error s3rver ships no types
import S3rver from "s3rver";
import { CreateBucketCommand, GetObjectCommand, NoSuchKey, S3Client } from "@aws-sdk/client-s3";
import { freshDatabase } from "./db";
import { startTestSmtp, type TestSmtp } from "./support/smtp";
import { createLearner, createRequest, createUser } from "@/tests/factories";
import type { Actor } from "@/lib/server/auth/actor";
import { openAttachment, uploadAttachment } from "@/lib/server/data/attachments";
import { deleteOrphanedObjects } from "@/lib/server/data/attachment-store";
import { replyToRequest } from "@/lib/server/data/triage";
import { deliverDueEmails } from "@/lib/server/mail/delivery";
import { smtpSender } from "@/lib/server/mail/transport";
import { actorOf } from "./support/access";

const db = freshDatabase();
let server: { run(): Promise<{ port: number }>; close(): Promise<void> };
let folder = "";
let client: S3Client;
let smtp: TestSmtp;
let advisor: Actor;
let learnerId = "";

const BUCKET = "portail-documents";
// Larger than one chunk of either store: streamed in several reads.
const PDF = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(900 * 1024, 0x41), Buffer.from("\n%%EOF\n")]);

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

const objectExists = (key: string) =>
  client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key })).then(
    () => true,
    (error: unknown) => {
      if (error instanceof NoSuchKey) return false;
      throw error;
    },
  );

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "s3rver-"));
  server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory: folder });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  client = new S3Client({ endpoint, region: "us-east-1", forcePathStyle: true, credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } });
  await client.send(new CreateBucketCommand({ Bucket: BUCKET }));
  vi.stubEnv("ATTACHMENT_STORE", "s3");
  vi.stubEnv("S3_ENDPOINT", endpoint);
  vi.stubEnv("S3_BUCKET", BUCKET);
  vi.stubEnv("S3_ACCESS_KEY_ID", "S3RVER");
  vi.stubEnv("S3_SECRET_ACCESS_KEY", "S3RVER");
  smtp = await startTestSmtp();
  const a = await createUser(db(), { role: "ADVISOR" });
  advisor = actorOf(a);
  learnerId = (await createLearner(db(), { advisorId: a.id })).id;
});
afterAll(async () => {
  vi.unstubAllEnvs();
  client?.destroy();
  await smtp?.stop();
  await server?.close();
  await rm(folder, { recursive: true, force: true });
});

describe("documents in an S3-compatible store", () => {
  it("the bytes go to the store, the row keeps the key; the download and the email stream them back; a deleted row's object is deleted", async () => {
    const request = await createRequest(db(), { learnerId, topic: "ADMIN_SUPPORT", assigneeId: advisor.id, queue: "ADVISOR" });
    const upload = await uploadAttachment(advisor, { filename: "convention.pdf", bytes: PDF });
    const row = await db().attachment.findUniqueOrThrow({ where: { id: upload.id } });
    expect(row.content).toBeNull();
    expect(row.storageKey).toMatch(/^attachments\/[0-9a-f-]{36}$/);
    const object = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: row.storageKey! }));
    expect(Buffer.compare(Buffer.from(await object.Body!.transformToByteArray()), PDF)).toBe(0);
    expect(object.ContentType).toBe("application/pdf");

    await replyToRequest(advisor, { id: request.id, body: "La convention signée.", attachmentIds: [upload.id] });
    const download = await openAttachment(advisor, upload.id);
    expect(Buffer.compare(await readAll(download.stream), PDF)).toBe(0);

    await deliverDueEmails(smtpSender(smtp.url)!);
    const sent = smtp.messages.find((m) => m.subject?.includes(`n° ${request.number} `))!;
    expect(sent.attachments.map((a) => a.filename)).toEqual(["convention.pdf"]);
    expect(Buffer.compare(sent.attachments[0].content, PDF)).toBe(0);

    // The request goes (erasure, retention): its documents cascade; the job deletes their objects
    // once they are an hour old (a younger one may belong to a transaction still running).
    await db().emailOutbox.deleteMany();
    await db().requestEvent.deleteMany({ where: { requestId: request.id } });
    await db().supportRequest.delete({ where: { id: request.id } });
    expect(await db().attachment.count({ where: { id: upload.id } })).toBe(0);
    const kept = await uploadAttachment(advisor, { filename: "garde.pdf", bytes: PDF });
    const keptKey = (await db().attachment.findUniqueOrThrow({ where: { id: kept.id } })).storageKey!;
    expect(await deleteOrphanedObjects(new Date())).toBe(0);
    expect(await objectExists(row.storageKey!)).toBe(true);
    const later = new Date(Date.now() + 2 * 3_600_000);
    expect(await deleteOrphanedObjects(later)).toBe(1);
    expect(await objectExists(row.storageKey!)).toBe(false);
    expect(await objectExists(keptKey)).toBe(true);
    // Idempotent: nothing left to do.
    expect(await deleteOrphanedObjects(later)).toBe(0);
  });

  it("PostgreSQL stays the default: without ATTACHMENT_STORE the bytes are in the row", async () => {
    vi.stubEnv("ATTACHMENT_STORE", "");
    try {
      const upload = await uploadAttachment(advisor, { filename: "local.pdf", bytes: PDF });
      const row = await db().attachment.findUniqueOrThrow({ where: { id: upload.id } });
      expect(row.storageKey).toBeNull();
      expect(row.content?.byteLength).toBe(PDF.length);
    } finally {
      vi.stubEnv("ATTACHMENT_STORE", "s3");
    }
  });
});
