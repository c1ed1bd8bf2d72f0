import { now } from "@/lib/server/clock";
import { isRecordId } from "@/lib/schemas/fields";
import { learnerDossierPdf } from "@/lib/server/views/dossier-pdf";
import { reportDownload } from "@/lib/server/views/report-download";

export const dynamic = "force-dynamic";

/** The learner's dossier (PDF), for the report readers who may see that learner; 404 otherwise. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return reportDownload(async (actor, locale) => {
    if (!isRecordId(id)) return null;
    const file = await learnerDossierPdf(actor, id, now(), locale);
    return { body: file.bytes, contentType: "application/pdf", filename: file.filename };
  });
}
