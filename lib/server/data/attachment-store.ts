import "server-only";
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { getDb } from "@/lib/server/db";

// Where a document's bytes live: in its Attachment row (bytea, the default), or with
// ATTACHMENT_STORE=s3 in an S3-compatible store (AWS SDK v3), the row keeping the
// object's key. Reads stream in chunks either way (a 10 MB document never sits whole in
// memory). The objects no row references any more (a deleted document, a failed
// transaction) are deleted by the "stored-objects" job. No access
// check here: the callers decide (lib/server/data/attachments.ts for people, the email
// sender for the outbox).

const CHUNK = 256 * 1024;
const PREFIX = "attachments/";

type S3Config = { client: S3Client; bucket: string };
let cached: { signature: string; config: S3Config } | null = null;

/** The S3 client for the environment (lib/server/env.ts checked it), or null for PostgreSQL. */
function s3(): S3Config | null {
  const env = process.env;
  if (env.ATTACHMENT_STORE !== "s3") return null;
  const signature = [env.S3_ENDPOINT, env.S3_BUCKET, env.S3_REGION, env.S3_ACCESS_KEY_ID, env.S3_SECRET_ACCESS_KEY, env.S3_FORCE_PATH_STYLE].join("\n");
  if (cached?.signature === signature) return cached.config;
  const client = new S3Client({
    endpoint: env.S3_ENDPOINT,
    region: env.S3_REGION || "us-east-1",
    // Most S3-compatible servers (MinIO, Garage, Ceph) want bucket-in-path addresses.
    forcePathStyle: env.S3_FORCE_PATH_STYLE !== "0",
    credentials: { accessKeyId: env.S3_ACCESS_KEY_ID ?? "", secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? "" },
    // Checksums only where the API requires them: not every S3-compatible server knows the newer ones.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  cached?.config.client.destroy();
  cached = { signature, config: { client, bucket: env.S3_BUCKET ?? "" } };
  return cached.config;
}

/**
 * Stores a checked document's bytes before its row is written: the columns the row gets
 * (the bytes themselves, or the object's key). The S3 upload streams the bytes with
 * their length known; if the row's transaction then fails, the "stored-objects" job deletes the object.
 */
export async function storeContent(bytes: Uint8Array, contentType: string): Promise<{ content: Uint8Array<ArrayBuffer> | null; storageKey: string | null }> {
  const store = s3();
  if (!store) return { content: new Uint8Array(bytes), storageKey: null };
  const storageKey = `${PREFIX}${randomUUID()}`;
  await store.client.send(
    new PutObjectCommand({ Bucket: store.bucket, Key: storageKey, Body: Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]), ContentLength: bytes.byteLength, ContentType: contentType }),
  );
  return { content: null, storageKey };
}

/** A stored document's bytes as a stream: chunks of 256 KB from PostgreSQL, or the object's body from the store. */
export function readStoredContent(row: { id: string; sizeBytes: number; storageKey: string | null }): ReadableStream<Uint8Array> {
  if (row.storageKey) return objectStream(row.storageKey);
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (offset >= row.sizeBytes) return controller.close();
      // bytea substring is 1-based.
      const rows = await getDb().$queryRaw<{ chunk: Uint8Array }[]>`
        SELECT substring("content" from ${offset + 1}::int for ${CHUNK}::int) AS chunk FROM "Attachment" WHERE "id" = ${row.id}`;
      const chunk = rows[0]?.chunk;
      if (!chunk || chunk.byteLength === 0) return controller.close();
      offset += chunk.byteLength;
      controller.enqueue(new Uint8Array(chunk));
    },
  });
}

/** The object's body, fetched when the stream is first read (a download never started costs no request). */
function objectStream(key: string): ReadableStream<Uint8Array> {
  let reader: ReadableStreamDefaultReader<Uint8Array> | null = null;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!reader) {
        const store = s3();
        if (!store) throw new Error("ATTACHMENT_STORE is not s3: this document's bytes are in the object store");
        const object = await store.client.send(new GetObjectCommand({ Bucket: store.bucket, Key: key }));
        if (!object.Body) return controller.close();
        reader = object.Body.transformToWebStream().getReader() as ReadableStreamDefaultReader<Uint8Array>;
      }
      const { done, value } = await reader.read();
      if (done) return controller.close();
      controller.enqueue(value);
    },
    async cancel(reason) {
      await reader?.cancel(reason);
    },
  });
}

/** An object younger than this may belong to a row whose transaction has not committed yet. */
const ORPHAN_GRACE_MS = 60 * 60 * 1000;

/**
 * The "stored-objects" job (ATTACHMENT_STORE=s3): deletes the objects no row references
 * any more, older than an hour: those of deleted documents (erasure, retention, a
 * request's cascade) and those whose row's transaction failed. Pages through the
 * bucket; returns how many objects it deleted.
 */
export async function deleteOrphanedObjects(now: Date): Promise<number> {
  const store = s3();
  if (!store) return 0;
  const db = getDb();
  let deleted = 0;
  let token: string | undefined;
  do {
    const page = await store.client.send(new ListObjectsV2Command({ Bucket: store.bucket, Prefix: PREFIX, ContinuationToken: token, MaxKeys: 1000 }));
    const old = (page.Contents ?? []).filter((o) => o.Key && o.LastModified && now.getTime() - o.LastModified.getTime() > ORPHAN_GRACE_MS).map((o) => o.Key!);
    if (old.length > 0) {
      const referenced = new Set((await db.attachment.findMany({ where: { storageKey: { in: old } }, select: { storageKey: true } })).map((r) => r.storageKey));
      for (const key of old.filter((k) => !referenced.has(k))) {
        await store.client.send(new DeleteObjectCommand({ Bucket: store.bucket, Key: key }));
        deleted += 1;
      }
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return deleted;
}
