import { now } from "@/lib/server/clock";
import { complaintRegisterPdf } from "@/lib/server/views/complaint-register";
import { reportDownload } from "@/lib/server/views/report-download";

export const dynamic = "force-dynamic";

/** The complaints register as PDF, for the auditor: the Mentorship Manager and administrators; 404 for anyone else. */
export async function GET() {
  return reportDownload(async (actor, locale) => {
    const file = await complaintRegisterPdf(actor, now(), locale);
    return { body: file.bytes, contentType: "application/pdf", filename: file.filename };
  });
}
