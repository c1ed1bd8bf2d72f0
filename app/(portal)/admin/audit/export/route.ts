import { currentActor } from "@/lib/server/auth/session";
import { exportAuditLog } from "@/lib/server/data/audit";
import { auditWords } from "@/lib/server/views/audit-log";
import { getLocale } from "@/lib/i18n/server";
import { csvFile } from "@/lib/domain/audit-log";
import type { AuditType } from "@/lib/domain/audit-log";
import { parseAuditQuery } from "@/lib/schemas/audit-query";

export const dynamic = "force-dynamic";

/**
 * The audit log as CSV for French Excel (UTF-8 with BOM, ";"), in words, with the page's
 * filters: the changes, or the grouped sensitive reads (`view=reads`). 404 for anyone but an admin.
 */
export async function GET(request: Request) {
  const actor = await currentActor();
  if (actor?.role !== "ADMIN") return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  const query = parseAuditQuery(Object.fromEntries(new URL(request.url).searchParams));
  const filters = { userEmail: query.user, learnerEmail: query.learner, type: query.type as AuditType | undefined, from: query.from, to: query.to };
  const [words, data] = await Promise.all([getLocale().then(auditWords), exportAuditLog(actor, filters, query.view)]);
  const c = (key: string) => words.t(`csv.${key}`);
  const lines: string[][] =
    data.kind === "reads"
      ? [
          [c("day"), c("who"), c("email"), c("what"), c("learner"), c("count")],
          ...data.items.map((r) => [
            words.day(r.day),
            words.person(data.names, r.actorId) ?? "",
            r.actorId ? (data.names.users[r.actorId]?.email ?? "") : "",
            words.what(data.names, { action: r.action, entityType: "", entityId: "", learnerId: r.learnerId }),
            words.person(data.names, r.learnerId) ?? "",
            String(r.count),
          ]),
        ]
      : [
          [c("when"), c("who"), c("email"), c("what"), c("learner"), c("changes")],
          ...data.items.map((e) => [
            words.when(e.createdAt),
            words.person(data.names, e.actorId) ?? "",
            e.actorId ? (data.names.users[e.actorId]?.email ?? "") : "",
            words.what(data.names, e),
            words.person(data.names, e.learnerId) ?? "",
            words.changes(data.names, e).map(words.changeLine).join(" ; "),
          ]),
        ];
  const name = `${words.t(query.view === "reads" ? "csvReadsName" : "csvName")}.csv`;
  return new Response(csvFile(lines), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "no-store",
    },
  });
}
