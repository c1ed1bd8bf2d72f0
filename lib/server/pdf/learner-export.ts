import "server-only";
import PDFDocument from "pdfkit";
import { createTranslator } from "use-intl/core";
import type { Locale } from "@prisma/client";
import { emailIntl } from "@/lib/server/mail/render";
import { EXPORT_SECTIONS, type LearnerExport } from "@/lib/server/data/learner-export";

// The readable PDF of a learner's export (GDPR art. 15): the same content as the JSON,
// section by section. pdfkit's standard fonts cover French (WinAnsi); characters outside
// it (narrow no-break spaces of French number formats) are written as plain spaces.

type Line = string;

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/;

function printable(text: string): string {
  return text.replace(/[\u00a0\u202f\u2009]/g, " ").replace(/[^\x09\x0a\x0d\x20-\x7e\u00a0-\u00ff\u0152\u0153\u0178\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u20ac\u00b7]/g, "?");
}

function valueText(value: unknown, day: (d: Date) => string): string {
  if (value === null || value === undefined || value === "") return "—";
  if (value instanceof Date) return day(value);
  if (typeof value === "string" && ISO.test(value)) return day(new Date(value));
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${valueText(v, day)}`)
      .join(" ; ");
  }
  return String(value);
}

/** Each record of a section as lines "field: value". */
function recordLines(record: unknown, day: (d: Date) => string): Line[] {
  if (record === null || typeof record !== "object" || record instanceof Date) return [valueText(record, day)];
  return Object.entries(record as Record<string, unknown>).map(([key, value]) =>
    Array.isArray(value) ? `${key}: ${value.map((v) => valueText(v, day)).join(" | ") || "—"}` : `${key}: ${valueText(value, day)}`,
  );
}

export async function renderLearnerExportPdf(data: LearnerExport, locale: Locale): Promise<Buffer> {
  const { options, dates } = emailIntl(locale);
  const t = createTranslator({ ...options, namespace: "specialCategory.export" });
  const day = (d: Date) => dates.instant(d);
  const doc = new PDFDocument({ size: "A4", margin: 50, info: { Title: printable(t("title", { name: `${data.account.firstName} ${data.account.lastName}` })) }, lang: locale });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  doc.font("Helvetica-Bold").fontSize(18).text(printable(t("title", { name: `${data.account.firstName} ${data.account.lastName}` })));
  doc.font("Helvetica").fontSize(10).text(printable(t("generatedAt", { date: day(new Date(data.generatedAt)) })));
  for (const section of EXPORT_SECTIONS) {
    doc.moveDown();
    doc.font("Helvetica-Bold").fontSize(13).text(printable(t(`section.${section}`)));
    doc.font("Helvetica").fontSize(10);
    const content = data[section];
    if (section === "confidential" && data.confidentialWithheld) {
      doc.text(printable(t("withheld")));
      continue;
    }
    const records = Array.isArray(content) ? content : content ? [content] : [];
    if (records.length === 0) doc.text(printable(t("empty")));
    for (const record of records) {
      for (const line of recordLines(record, day)) doc.text(printable(line), { indent: 10 });
      doc.moveDown(0.3);
    }
  }
  doc.end();
  return done;
}
