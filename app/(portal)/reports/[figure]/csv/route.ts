import { currentActor } from "@/lib/server/auth/session";
import { NotFoundError } from "@/lib/server/auth/actor";
import { now } from "@/lib/server/clock";
import { getLocale } from "@/lib/i18n/server";
import { isFigureKey, REPORT_ROLES } from "@/lib/domain/reports/figures";
import { parseReportQuery } from "@/lib/schemas/reports";
import { figureCsvFile } from "@/lib/server/views/report-csv";
import { notFoundResponse, fileResponse } from "@/lib/server/views/file-response";

export const dynamic = "force-dynamic";

/** A figure's records as CSV (French Excel): the same rows as its drill-down, for the same reader. */
export async function GET(request: Request, { params }: { params: Promise<{ figure: string }> }) {
  const actor = await currentActor();
  const { figure } = await params;
  if (!actor || !(REPORT_ROLES as readonly string[]).includes(actor.role) || !isFigureKey(figure)) return notFoundResponse();
  const query = parseReportQuery(Object.fromEntries(new URL(request.url).searchParams));
  try {
    const file = await figureCsvFile(actor, figure, query, now(), await getLocale());
    return fileResponse(file.text, "text/csv; charset=utf-8", file.filename);
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundResponse();
    throw error;
  }
}
