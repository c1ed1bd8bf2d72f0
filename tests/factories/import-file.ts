import { IMPORT_COLUMNS } from "../../lib/domain/import-csv";

export interface LearnerCsvOptions {
  count: number;
  /** Emails are `<prefix>.<n>@import.test`. */
  prefix: string;
  pathCode: string;
  advisorEmail?: string;
  mentorEmail?: string;
  delimiter?: ";" | ",";
  bom?: boolean;
}

/** A learners file as a school's spreadsheet would export it (French dates, CRLF). */
export function learnerCsv(o: LearnerCsvOptions): string {
  const d = o.delimiter ?? ";";
  const rows = Array.from({ length: o.count }, (_, i) =>
    [
      `${o.prefix}.${i}@import.test`,
      `Prénom${i}`,
      `Nom ${i}`,
      i % 5 === 0 ? "en" : "fr",
      o.pathCode,
      "01/09/2026",
      "2027-08-31",
      String(1 + (i % 3)),
      o.advisorEmail ?? "",
      o.mentorEmail ?? "",
    ].join(d),
  );
  return `${o.bom ? "\uFEFF" : ""}${[IMPORT_COLUMNS.learners.join(d), ...rows].join("\r\n")}\r\n`;
}
