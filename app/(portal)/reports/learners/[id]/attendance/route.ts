import { now } from "@/lib/server/clock";
import { isRecordId } from "@/lib/schemas/fields";
import { periodFromKey } from "@/lib/domain/reports/period";
import { attendancePdf } from "@/lib/server/views/dossier-pdf";
import { reportDownload } from "@/lib/server/views/report-download";

export const dynamic = "force-dynamic";

/** A learner's attendance attestation for `?month=2026-11` (PDF); 404 for anyone who may not see the learner, or a bad month. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return reportDownload(async (actor, locale) => {
    const month = periodFromKey(new URL(request.url).searchParams.get("month") ?? "");
    if (!isRecordId(id) || month?.granularity !== "month") return null;
    const file = await attendancePdf(actor, id, month, now(), locale);
    return { body: file.bytes, contentType: "application/pdf", filename: file.filename };
  });
}
