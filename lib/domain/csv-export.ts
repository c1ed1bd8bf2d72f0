// CSV files for French Excel: UTF-8 with a byte-order mark (so Excel reads the accents),
// ";" between fields, CRLF between rows; a field with ; " or a line break is quoted.
// A field that would start a formula (= + - @, tab, CR) is prefixed with ' so a
// spreadsheet shows it as text instead of running it (CSV injection).

export const CSV_BOM = "\uFEFF";

export type CsvValue = string | number | boolean | null | undefined;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  let text = typeof value === "number" ? String(value).replace(".", ",") : String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: BOM, header row, one row per record. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(";"));
  return CSV_BOM + lines.join("\r\n") + "\r\n";
}
