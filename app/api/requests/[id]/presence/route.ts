import { currentActor } from "@/lib/server/auth/session";
import { NotFoundError } from "@/lib/server/auth/actor";
import { leavePresence, listPresence, recordPresence } from "@/lib/server/data/live";
import { isAllowedActionOrigin } from "@/lib/server/security-headers";
import { isRecordId } from "@/lib/schemas/fields";
import { presenceBeatSchema } from "@/lib/schemas/presence";

// Presence on a staff request page (issue 15). GET: the other staff on the page now;
// POST: this person's beat (viewing, typing) or their leaving. Both within the request's
// access rule (staff who may see it): anyone else, and any other request, is 404.
// The POST is cookie-authenticated, so only from our own origin (as server actions).

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };
const notFound = () => new Response("Not found", { status: 404, headers: NO_STORE });
type Params = { params: Promise<{ id: string }> };

async function guarded(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    throw error;
  }
}

export async function GET(_request: Request, { params }: Params) {
  const { id } = await params;
  const actor = await currentActor();
  if (!actor || !isRecordId(id)) return notFound();
  return guarded(async () => Response.json({ present: await listPresence(actor, id) }, { headers: NO_STORE }));
}

export async function POST(request: Request, { params }: Params) {
  const trustProxy = process.env.TRUST_PROXY === "1";
  const sameOrigin = isAllowedActionOrigin({
    origin: request.headers.get("origin"),
    host: request.headers.get("host"),
    forwardedHost: trustProxy ? request.headers.get("x-forwarded-host") : null,
    appUrl: process.env.APP_URL,
  });
  if (!sameOrigin) return new Response(null, { status: 403 });
  const { id } = await params;
  const actor = await currentActor();
  if (!actor || !isRecordId(id)) return notFound();
  const parsed = presenceBeatSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ fieldErrors: { state: "required" } }, { status: 400, headers: NO_STORE });
  return guarded(async () => {
    if (parsed.data.state === "LEFT") await leavePresence(actor, id);
    else await recordPresence(actor, id, parsed.data.state);
    return new Response(null, { status: 204, headers: NO_STORE });
  });
}
