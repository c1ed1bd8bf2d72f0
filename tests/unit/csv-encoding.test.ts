import { describe, expect, it } from "vitest";
import { decodeCsv, decodeWindows1252 } from "@/lib/domain/csv-encoding";
import { readImportCsv } from "@/lib/domain/import-csv";

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const HEADER = ascii("first_name;last_name\r\n");
// "Hélène;Lefèvre" written out byte by byte, as each tool saves it.
const HELENE_UTF8 = [0x48, 0xc3, 0xa9, 0x6c, 0xc3, 0xa8, 0x6e, 0x65, 0x3b, 0x4c, 0x65, 0x66, 0xc3, 0xa8, 0x76, 0x72, 0x65];
const HELENE_1252 = [0x48, 0xe9, 0x6c, 0xe8, 0x6e, 0x65, 0x3b, 0x4c, 0x65, 0x66, 0xe8, 0x76, 0x72, 0x65];
const BOM = [0xef, 0xbb, 0xbf];
const CRLF = [0x0d, 0x0a];
const TEXT = "first_name;last_name\r\nHélène;Lefèvre\r\n";

describe("decodeCsv: what each byte sequence reads as", () => {
  it.each([
    ["UTF-8 without a BOM", [...HEADER, ...HELENE_UTF8, ...CRLF], "utf-8", TEXT],
    ["UTF-8 with a BOM (the BOM is dropped)", [...BOM, ...HEADER, ...HELENE_UTF8, ...CRLF], "utf-8", TEXT],
    ["Windows-1252 (French Excel's “CSV (séparateur : point-virgule)”)", [...HEADER, ...HELENE_1252, ...CRLF], "windows-1252", TEXT],
    ["Windows-1252's own characters in 0x80–0x9F: € ’ œ Œ", [...HEADER, 0x80, 0x3b, 0x92, 0x9c, 0x8c], "windows-1252", "first_name;last_name\r\n€;’œŒ"],
    ["plain ASCII (read as UTF-8)", [...HEADER], "utf-8", "first_name;last_name\r\n"],
    ["an empty file", [], "utf-8", ""],
    ["a non-ASCII first line decides, later ASCII lines agree", [...HELENE_1252, 0x0a, ...ascii("a;b")], "windows-1252", "Hélène;Lefèvre\na;b"],
  ])("%s", (_name, bytes, encoding, text) => {
    expect(decodeCsv(Uint8Array.from(bytes))).toEqual({ ok: true, encoding, text });
  });

  it.each([
    ["a NUL byte (a UTF-16 file, Excel's “Texte Unicode”)", [0xff, 0xfe, 0x66, 0x00, 0x69, 0x00], 1],
    ["a NUL byte on a later line", [...HEADER, ...ascii("a;b"), 0x00, ...CRLF], 2],
    ["a byte Windows-1252 leaves undefined (0x81)", [...HEADER, 0x48, 0xe9, 0x81, ...CRLF], 2],
    ["each undefined byte: 0x8D", [...HEADER, 0x8d], 2],
    ["each undefined byte: 0x8F", [...HEADER, 0x8f], 2],
    ["each undefined byte: 0x90", [...HEADER, 0x90], 2],
    ["each undefined byte: 0x9D", [...HEADER, 0x9d], 2],
    ["a UTF-8 file with one Windows-1252 line", [...HEADER, ...HELENE_UTF8, ...CRLF, ...ascii("x;y"), ...CRLF, ...HELENE_1252, ...CRLF], 4],
    ["a Windows-1252 file with one UTF-8 line", [...HEADER, ...HELENE_1252, ...CRLF, ...HELENE_UTF8, ...CRLF], 3],
    ["a BOM then a line that is not UTF-8", [...BOM, ...HEADER, ...HELENE_1252, ...CRLF], 2],
    ["a truncated UTF-8 character at the end", [...HEADER, ...HELENE_UTF8, 0xc3], 2],
  ])("refuses %s", (_name, bytes, line) => {
    expect(decodeCsv(Uint8Array.from(bytes))).toEqual({ ok: false, error: "encoding", line });
  });

  it("a UTF-8 line cut inside a character is refused, not read as Windows-1252 (“HÃ©lÃ¨ne”)", () => {
    expect(decodeCsv(Uint8Array.from([...HELENE_UTF8.slice(0, -3), 0xc3]))).toEqual({ ok: false, error: "encoding", line: 1 });
  });

  it("a decoded file never holds U+FFFD unless the file itself wrote one", () => {
    for (const bytes of [[...HEADER, ...HELENE_1252], [...BOM, ...HEADER, ...HELENE_UTF8], [0x80, 0x9f, 0xa0, 0xff]]) {
      const decoded = decodeCsv(Uint8Array.from(bytes));
      expect(decoded.ok && decoded.text.includes("\uFFFD")).toBe(false);
    }
  });
});

describe("decodeWindows1252: the WHATWG table, not Node 20's Latin-1 reading of the label", () => {
  it.each([
    [0x80, "€"], [0x82, "‚"], [0x83, "ƒ"], [0x84, "„"], [0x85, "…"], [0x86, "†"], [0x87, "‡"], [0x88, "ˆ"], [0x89, "‰"],
    [0x8a, "Š"], [0x8b, "‹"], [0x8c, "Œ"], [0x8e, "Ž"], [0x91, "‘"], [0x92, "’"], [0x93, "“"], [0x94, "”"], [0x95, "•"],
    [0x96, "–"], [0x97, "—"], [0x98, "˜"], [0x99, "™"], [0x9a, "š"], [0x9b, "›"], [0x9c, "œ"], [0x9e, "ž"], [0x9f, "Ÿ"],
    [0x41, "A"], [0xa0, "\u00A0"], [0xe9, "é"], [0xff, "ÿ"],
  ])("byte %i → %s", (byte, char) => {
    expect(decodeWindows1252(Uint8Array.of(byte))).toBe(char);
  });

  it("decodes a large file (more bytes than one call's arguments)", () => {
    expect(decodeWindows1252(new Uint8Array(100_000).fill(0xe9))).toBe("é".repeat(100_000));
  });
});

describe("readImportCsv: the bytes of an upload, checked then parsed", () => {
  const header = ascii("email;first_name;last_name;role;language\r\n");
  const row = (name: number[]) => [...ascii("p@x.fr;"), ...name, ...ascii(";MENTOR;fr\r\n")];
  it.each([
    ["UTF-8", [...header, ...row(HELENE_UTF8)]],
    ["UTF-8 with a BOM", [...BOM, ...header, ...row(HELENE_UTF8)]],
    ["Windows-1252", [...header, ...row(HELENE_1252)]],
  ])("%s: the names arrive whole", (_name, bytes) => {
    const parsed = readImportCsv("staff", Uint8Array.from(bytes));
    expect(parsed.ok && parsed.rows[0]).toMatchObject({ first_name: "Hélène", last_name: "Lefèvre" });
  });

  it("an invalid file is refused with its line before any row is read", () => {
    expect(readImportCsv("staff", Uint8Array.from([...header, ...row([0x48, 0x81])]))).toEqual({ ok: false, error: "encoding", line: 2 });
  });

  it("a file over 4 MB is refused by its byte size", () => {
    expect(readImportCsv("staff", new Uint8Array(4 * 1024 * 1024 + 1).fill(0x61))).toEqual({ ok: false, error: "tooLarge" });
  });
});
