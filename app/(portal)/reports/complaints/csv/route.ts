import { now } from "@/lib/server/clock";
import { complaintRegisterCsv } from "@/lib/server/views/complaint-register";
import { reportDownload } from "@/lib/server/views/report-download";

export const dynamic = "force-dynamic";

/** The complaints register as CSV (French Excel): the Mentorship Manager and administrators; 404 for anyone else. */
export async function GET() {
  return reportDownload(async (actor, locale) => {
    const file = await complaintRegisterCsv(actor, now(), locale);
    return { body: file.text, contentType: "text/csv; charset=utf-8", filename: file.filename };
  });
}
