import { currentActor } from "@/lib/server/auth/session";
import { NotFoundError } from "@/lib/server/auth/actor";
import { exportLearnerData } from "@/lib/server/data/learner-export";
import { renderLearnerExportPdf } from "@/lib/server/pdf/learner-export";
import { now } from "@/lib/server/clock";

export const dynamic = "force-dynamic";

/** The learner's own data (GDPR art. 15): ?format=json or ?format=pdf; 404 for anyone else. */
export async function GET(request: Request) {
  const actor = await currentActor();
  const format = new URL(request.url).searchParams.get("format");
  if (actor?.role !== "LEARNER" || (format !== "json" && format !== "pdf")) return new Response("Not found", { status: 404 });
  try {
    const data = await exportLearnerData(actor, actor.id, now());
    const headers = { "Cache-Control": "no-store", "Content-Disposition": `attachment; filename="mes-donnees.${format}"` };
    if (format === "json") return new Response(JSON.stringify(data, null, 2), { headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
    const pdf = await renderLearnerExportPdf(data, actor.locale);
    return new Response(new Uint8Array(pdf), { headers: { ...headers, "Content-Type": "application/pdf" } });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response("Not found", { status: 404 });
    throw error;
  }
}
