import "server-only";
import { getDb } from "@/lib/server/db";

// Where a document's bytes are read from: the Attachment row's bytea column, in chunks
// (a 10 MB document never sits whole in memory). No access check here: the callers
// decide (lib/server/data/attachments.ts for people, the email sender for the outbox).

const CHUNK = 256 * 1024;

/** A stored document's bytes as a stream read in chunks of 256 KB. */
export function readStoredContent(id: string, size: number): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (offset >= size) return controller.close();
      // bytea substring is 1-based.
      const rows = await getDb().$queryRaw<{ chunk: Uint8Array }[]>`
        SELECT substring("content" from ${offset + 1}::int for ${CHUNK}::int) AS chunk FROM "Attachment" WHERE "id" = ${id}`;
      const chunk = rows[0]?.chunk;
      if (!chunk || chunk.byteLength === 0) return controller.close();
      offset += chunk.byteLength;
      controller.enqueue(new Uint8Array(chunk));
    },
  });
}
