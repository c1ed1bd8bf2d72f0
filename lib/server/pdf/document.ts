import "server-only";
import PDFDocument from "pdfkit";

// The portal's PDF documents (a learner's dossier, attendance attestations…): one plain
// layout, the school's name as a header on every page, a title, sections of paragraphs
// and tables. pdfkit's built-in Helvetica writes WinAnsi (Latin-1 and the French extras
// œ ’ « » — …), so no font file is shipped or downloaded.

export type PdfTable = { columns: { header: string; width: number }[]; rows: string[][] };

export type PdfSection = {
  heading: string;
  paragraphs?: string[];
  table?: PdfTable;
  /** Said instead of an empty table. */
  empty?: string;
};

export type PdfInput = {
  school: string;
  title: string;
  /** Lines under the title (who, which period). */
  lines?: string[];
  sections: PdfSection[];
  /** Closing lines (issue date, signature). */
  closing?: string[];
  /** Document language (BCP 47), for screen readers. */
  lang: string;
  /** Fixed creation date: the same input makes the same file (tests, reproducible downloads). */
  createdAt: Date;
};

const MARGIN = 50;
const FONT = "Helvetica";
const BOLD = "Helvetica-Bold";

function header(doc: PDFKit.PDFDocument, school: string) {
  const y = doc.y;
  doc.font(BOLD).fontSize(9).fillColor("#334155").text(school, MARGIN, 24, { width: doc.page.width - 2 * MARGIN, align: "right" });
  doc.fillColor("#000000").font(FONT).fontSize(10);
  doc.y = Math.max(y, MARGIN);
}

function bottom(doc: PDFKit.PDFDocument): number {
  return doc.page.height - MARGIN;
}

function table(doc: PDFKit.PDFDocument, t: PdfTable) {
  const total = t.columns.reduce((sum, c) => sum + c.width, 0);
  const available = doc.page.width - 2 * MARGIN;
  const widths = t.columns.map((c) => (c.width / total) * available);
  const pad = 3;
  const rowHeight = (cells: string[], font: string) => {
    doc.font(font).fontSize(9);
    return Math.max(...cells.map((cell, i) => doc.heightOfString(cell || " ", { width: widths[i] - 2 * pad }))) + 2 * pad;
  };
  const drawRow = (cells: string[], font: string) => {
    const h = rowHeight(cells, font);
    if (doc.y + h > bottom(doc)) {
      doc.addPage();
      drawRow(
        t.columns.map((c) => c.header),
        BOLD,
      );
    }
    const y = doc.y;
    let x = MARGIN;
    doc.font(font).fontSize(9);
    cells.forEach((cell, i) => {
      doc.text(cell || " ", x + pad, y + pad, { width: widths[i] - 2 * pad });
      x += widths[i];
    });
    doc
      .moveTo(MARGIN, y + h)
      .lineTo(MARGIN + available, y + h)
      .lineWidth(0.5)
      .strokeColor("#94a3b8")
      .stroke();
    doc.x = MARGIN;
    doc.y = y + h;
  };
  drawRow(
    t.columns.map((c) => c.header),
    BOLD,
  );
  for (const row of t.rows) drawRow(row, FONT);
  doc.font(FONT).fontSize(10);
}

/** The whole document, as bytes. */
export function renderPdf(input: PdfInput): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    bufferPages: false,
    lang: input.lang,
    displayTitle: true,
    info: { Title: input.title, Author: input.school, Creator: input.school, CreationDate: input.createdAt, ModDate: input.createdAt },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
  doc.on("pageAdded", () => header(doc, input.school));
  header(doc, input.school);
  doc.font(BOLD).fontSize(16).text(input.title, MARGIN, MARGIN);
  doc.moveDown(0.5).font(FONT).fontSize(10);
  for (const line of input.lines ?? []) doc.text(line);
  for (const section of input.sections) {
    doc.moveDown(1);
    if (doc.y + 40 > bottom(doc)) doc.addPage();
    doc.font(BOLD).fontSize(12).text(section.heading, MARGIN);
    doc.moveDown(0.3).font(FONT).fontSize(10);
    for (const paragraph of section.paragraphs ?? []) doc.text(paragraph, MARGIN).moveDown(0.3);
    if (section.table && section.table.rows.length > 0) table(doc, section.table);
    else if (section.empty) doc.text(section.empty, MARGIN);
  }
  if (input.closing?.length) {
    doc.moveDown(1.5);
    for (const line of input.closing) doc.text(line, MARGIN);
  }
  doc.end();
  return done;
}
