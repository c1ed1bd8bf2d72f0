import { currentActor } from "@/lib/server/auth/session";
import { navBadges } from "@/lib/server/views/nav-badges";

export const dynamic = "force-dynamic";

/**
 * The signed-in person's navigation counts, for the header to refresh them without a page
 * load (on each navigation and every 30 seconds). Signed out: 404, nothing else.
 */
export async function GET() {
  const actor = await currentActor();
  if (!actor) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  return Response.json(await navBadges(actor), { headers: { "Cache-Control": "no-store" } });
}
