import { currentActor } from "@/lib/server/auth/session";
import { NotFoundError } from "@/lib/server/auth/actor";
import { Refusal } from "@/lib/server/errors";
import { uploadAttachment } from "@/lib/server/data/attachments";
import { isAllowedActionOrigin } from "@/lib/server/security-headers";
import { attachmentMaxBytes } from "@/lib/domain/attachments";

// A document uploaded while a form is filled in (the contact form, a reply): stored
// unbound, owned by its uploader, and bound when the form is sent. Multipart, one
// `file` field. Cookie-authenticated, so only from our own origin (as server actions).

export const dynamic = "force-dynamic";

const json = (body: object, status: number) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

export async function POST(request: Request) {
  const trustProxy = process.env.TRUST_PROXY === "1";
  const sameOrigin = isAllowedActionOrigin({
    origin: request.headers.get("origin"),
    host: request.headers.get("host"),
    forwardedHost: trustProxy ? request.headers.get("x-forwarded-host") : null,
    appUrl: process.env.APP_URL,
  });
  if (!sameOrigin) return new Response(null, { status: 403 });
  const actor = await currentActor();
  if (!actor) return new Response(null, { status: 404 });
  let file: FormDataEntryValue | null;
  try {
    file = (await request.formData()).get("file");
  } catch {
    return json({ fieldErrors: { file: "invalid" } }, 400);
  }
  if (!(file instanceof File)) return json({ fieldErrors: { file: "invalid" } }, 400);
  if (file.size > attachmentMaxBytes(process.env)) return json({ fieldErrors: { file: "tooLarge" } }, 413);
  try {
    const stored = await uploadAttachment(actor, { filename: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    return json(stored, 201);
  } catch (error) {
    if (error instanceof NotFoundError) return new Response(null, { status: 404 });
    if (error instanceof Refusal) return json({ fieldErrors: error.failure.fieldErrors ?? {} }, 422);
    throw error;
  }
}
