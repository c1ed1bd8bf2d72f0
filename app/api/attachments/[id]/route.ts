import { currentActor } from "@/lib/server/auth/session";
import { NotFoundError } from "@/lib/server/auth/actor";
import { openAttachment } from "@/lib/server/data/attachments";
import { isRecordId } from "@/lib/schemas/fields";
import { contentDisposition } from "@/lib/domain/attachments";

// A document's download: streamed from PostgreSQL, always as an attachment (never shown
// inline: a document is not a page of ours). Not found for whoever may not read it,
// special-category documents included (lib/server/data/attachments.ts openAttachment).

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await currentActor();
  if (!actor || !isRecordId(id)) return new Response(null, { status: 404 });
  try {
    const file = await openAttachment(actor, id);
    return new Response(file.stream, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Length": String(file.sizeBytes),
        "Content-Disposition": contentDisposition(file.filename),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response(null, { status: 404 });
    throw error;
  }
}
