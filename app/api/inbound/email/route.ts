import { createHash, timingSafeEqual } from "node:crypto";
import { receiveInboundEmail } from "@/lib/server/data/inbound";
import { readBodyLimited } from "@/lib/server/http-body";
import { INBOUND_MAX_BYTES } from "@/lib/domain/attachments";
import { log, errorFields } from "@/lib/server/log";

// A mail provider's inbound webhook: the raw MIME message as the body, with
// `Authorization: Bearer <INBOUND_SECRET>`. The same pipeline as the worker's SMTP
// listener (lib/server/data/inbound.ts). Off (404) while INBOUND_SECRET is unset.

export const dynamic = "force-dynamic";

const digest = (value: string) => createHash("sha256").update(value).digest();

function authorised(header: string | null, secret: string): boolean {
  const match = /^Bearer (.+)$/.exec(header ?? "");
  // Both sides hashed: equal lengths for timingSafeEqual, nothing learnt from the time taken.
  return match !== null && timingSafeEqual(digest(match[1]), digest(secret));
}

const json = (body: object, status: number) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

export async function POST(request: Request) {
  const secret = process.env.INBOUND_SECRET;
  if (!secret) return new Response(null, { status: 404 });
  if (!authorised(request.headers.get("authorization"), secret)) {
    return json({ error: "unauthorized" }, 401);
  }
  const raw = await readBodyLimited(request, INBOUND_MAX_BYTES);
  if (raw === null) return json({ error: "too-large" }, 413);
  if (raw.length === 0) return json({ error: "empty" }, 400);
  try {
    const outcome = await receiveInboundEmail(raw);
    return json({ status: outcome.status, ...(outcome.reason ? { reason: outcome.reason } : {}) }, 200);
  } catch (error) {
    // The database is down, say: the provider retries later; the message is stored at most once.
    log.error("inbound email failed", errorFields(error));
    return json({ error: "unavailable" }, 503);
  }
}
