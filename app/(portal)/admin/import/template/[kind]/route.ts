import { currentActor } from "@/lib/server/auth/session";
import { IMPORT_KINDS, importTemplate } from "@/lib/domain/import-csv";

/** The downloadable CSV template (header and one example row); 404 for anyone but an admin. */
export async function GET(_request: Request, { params }: { params: Promise<{ kind: string }> }) {
  const actor = await currentActor();
  const { kind: wanted } = await params;
  const kind = IMPORT_KINDS.find((k) => k === wanted);
  if (actor?.role !== "ADMIN" || !kind) return new Response("Not found", { status: 404 });
  return new Response(importTemplate(kind), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="modele-import-${kind}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
