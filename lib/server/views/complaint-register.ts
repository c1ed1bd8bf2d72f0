import "server-only";
import type { Actor } from "@/lib/server/auth/actor";
import { messagesFor, type AppLocale } from "@/lib/i18n";
import { toCsv } from "@/lib/domain/csv-export";
import { complaintTimeliness } from "@/lib/domain/complaints";
import { auditRegisterExport, listComplaints, type ComplaintLine } from "@/lib/server/data/complaints";
import { renderPdf } from "@/lib/server/pdf/document";
import { fileIntl } from "./report-intl";

// The complaints register for the auditor (Qualiopi indicator 31): the same lines as the
// page, as a CSV for French Excel and as a PDF; each download is audited.

/** A register line in words: received, subject, deadline, answer, corrective action, late or not. */
export function registerCells(locale: AppLocale, c: ComplaintLine, now: Date): string[] {
  const { d } = fileIntl(locale);
  const m = messagesFor(locale).complaints.register;
  const subject = c.request.confidential ? m.confidential : c.request.subject;
  return [
    String(c.request.number),
    d.instant(c.receivedAt),
    subject,
    c.requalifiedReason ? m.origin.REQUALIFIED : m.origin.FORM,
    d.instant(c.dueAt),
    c.answeredAt ? d.instant(c.answeredAt) : "",
    c.correctiveAction ?? "",
    c.correctiveDoneAt ? d.day(c.correctiveDoneAt) : "",
    m.status[c.status],
    m.timeliness[complaintTimeliness(c, now)],
  ];
}

export function registerHeader(locale: AppLocale): string[] {
  const col = messagesFor(locale).complaints.register.columns;
  return [col.number, col.received, col.subject, col.origin, col.due, col.answered, col.corrective, col.correctiveDone, col.status, col.late];
}

export async function complaintRegisterCsv(actor: Actor, now: Date, locale: AppLocale) {
  const lines = await listComplaints(actor);
  await auditRegisterExport(actor, "csv", lines.length);
  const text = toCsv(
    registerHeader(locale),
    lines.map((c) => registerCells(locale, c, now)),
  );
  return { text, filename: `${messagesFor(locale).complaints.register.filename}.csv`, count: lines.length };
}

export async function complaintRegisterPdf(actor: Actor, now: Date, locale: AppLocale) {
  const lines = await listComplaints(actor);
  await auditRegisterExport(actor, "pdf", lines.length);
  const { t, d } = fileIntl(locale);
  const m = messagesFor(locale);
  const widths = [0.8, 1.6, 2.6, 1.2, 1.6, 1.6, 2.6, 1.2, 1, 1.2];
  const bytes = await renderPdf({
    school: m.reports.school,
    title: m.complaints.register.pdfTitle,
    lang: locale === "fr" ? "fr-FR" : "en-GB",
    createdAt: now,
    lines: [m.complaints.register.intro, t("complaints.register.pdfGenerated", { date: d.instant(now), count: lines.length })],
    sections: [
      {
        heading: m.complaints.register.caption,
        empty: m.complaints.register.none,
        table: { columns: registerHeader(locale).map((header, i) => ({ header, width: widths[i] })), rows: lines.map((c) => registerCells(locale, c, now)) },
      },
    ],
  });
  return { bytes, filename: `${m.complaints.register.filename}.pdf`, count: lines.length };
}
