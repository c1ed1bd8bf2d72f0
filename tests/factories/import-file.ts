import { IMPORT_COLUMNS } from "../../lib/domain/import-csv";
import { decodeWindows1252 } from "../../lib/domain/csv-encoding";

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

// Windows-1252 maps 0x80–0x9F to typographic characters (€, ’, œ…) and every other byte to the
// same code point: its encoder is the domain's table reversed (TextEncoder only writes UTF-8).
const CP1252_HIGH = new Map(Array.from({ length: 32 }, (_, i) => [decodeWindows1252(Uint8Array.of(0x80 + i)), 0x80 + i] as const));

/** A file's bytes as a spreadsheet would save them: UTF-8 (what the browser sends by default) or Windows-1252. */
export function csvBytes(text: string, encoding: "utf-8" | "windows-1252" = "utf-8"): Uint8Array {
  if (encoding === "utf-8") return new TextEncoder().encode(text);
  return Uint8Array.from([...text], (c) => {
    const byte = CP1252_HIGH.get(c) ?? c.codePointAt(0)!;
    if (byte > 0xff || (byte >= 0x80 && byte < 0xa0 && !CP1252_HIGH.has(c))) throw new Error(`not in Windows-1252: ${c}`);
    return byte;
  });
}
