import { now } from "@/lib/server/clock";
import { isFigureKey } from "@/lib/domain/reports/figures";
import { parseReportQuery } from "@/lib/schemas/reports";
import { figureCsvFile } from "@/lib/server/views/report-csv";
import { reportDownload } from "@/lib/server/views/report-download";

export const dynamic = "force-dynamic";

/** A figure's records as CSV (French Excel): the same rows as its drill-down, for the same reader. */
export async function GET(request: Request, { params }: { params: Promise<{ figure: string }> }) {
  const { figure } = await params;
  return reportDownload(async (actor, locale) => {
    if (!isFigureKey(figure)) return null;
    const file = await figureCsvFile(actor, figure, parseReportQuery(Object.fromEntries(new URL(request.url).searchParams)), now(), locale);
    return { body: file.text, contentType: "text/csv; charset=utf-8", filename: file.filename };
  });
}
