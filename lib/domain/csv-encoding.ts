// Which encoding an imported CSV is in, decided from its bytes alone (the
// browser sends them untouched: `file.text()` would decode as UTF-8 and turn
// every "é" of a Windows-1252 file into U+FFFD before the server saw it).
//
// The rule, line by line (a line ends at byte 0x0A, which is never inside a
// multi-byte UTF-8 character nor a Windows-1252 one):
// - a NUL byte anywhere refuses the file: no text CSV holds one, and UTF-16
//   files (Excel's "Texte Unicode") are full of them;
// - a file that starts with the UTF-8 BOM is UTF-8, every line must be valid;
// - otherwise the first line with a non-ASCII byte decides: valid UTF-8 (strict
//   decoder) makes the file UTF-8, anything else Windows-1252 — what Excel
//   writes for "CSV (séparateur : point-virgule)" on a French Windows;
// - a later line that is not in the file's encoding is refused (a file pasted
//   together from two exports would otherwise read "HÃ©lÃ¨ne" on half its
//   lines), and so is a Windows-1252 line holding one of the five bytes that
//   Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D: the decoder
//   would turn them into invisible C1 control characters).
// - a line that is not valid UTF-8 yet holds a well-formed multi-byte UTF-8
//   character is refused too: it is UTF-8 damaged (a character cut in two), or
//   a mix, and reading it as Windows-1252 would store "HÃ©lÃ¨ne" silently. The
//   price: a genuine Windows-1252 line holding a pair such as "Ã©" or "Â«" is
//   refused, which no real name does.
// A refusal names the first bad line, counted as a text editor counts them.
//
// Windows-1252 is decoded by our own table, not `new TextDecoder("windows-1252")`:
// Node 20.18.3+ (this project runs 20.20) decodes that label as Latin-1, so
// 0x80–0x9F come out as C1 controls instead of € ’ œ Œ… (nodejs/node#60888,
// #56542). The table is the WHATWG Encoding Standard's index-windows-1252.

export type CsvEncoding = "utf-8" | "windows-1252";

export type DecodedCsv = { ok: true; encoding: CsvEncoding; text: string } | { ok: false; error: "encoding"; line: number };

const UNDEFINED_IN_WINDOWS_1252: ReadonlySet<number> = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
const BOM = [0xef, 0xbb, 0xbf];

/** 0x80–0x9F in Windows-1252 (WHATWG); every other byte is the code point of the same number. */
const WINDOWS_1252_80_9F = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Decodes Windows-1252 bytes (see the note above on Node's own decoder). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const units = Uint16Array.from(bytes, (b) => (b >= 0x80 && b <= 0x9f ? WINDOWS_1252_80_9F[b - 0x80] : b));
  let text = "";
  for (let i = 0; i < units.length; i += 8192) text += String.fromCharCode(...units.subarray(i, i + 8192));
  return text;
}

/** A well-formed multi-byte UTF-8 character somewhere in the bytes (lead byte, then its continuation bytes). */
function holdsUtf8Character(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) continue;
    const tail = bytes.subarray(i + 1, i + length);
    if (tail.length === length - 1 && tail.every((c) => c >= 0x80 && c <= 0xbf) && isUtf8(bytes.subarray(i, i + length))) return true;
  }
  return false;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The file's lines as byte ranges (the line feed excluded). */
function* lines(bytes: Uint8Array): Generator<Uint8Array> {
  let start = 0;
  while (start <= bytes.length) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end === -1 ? bytes.length : end;
    yield bytes.subarray(start, stop);
    start = stop + 1;
  }
}

/** Decodes the bytes of an uploaded CSV as UTF-8 (BOM or not) or Windows-1252, or says which line is neither. */
export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  const hasBom = BOM.every((b, i) => bytes[i] === b);
  let encoding: CsvEncoding | null = hasBom ? "utf-8" : null;
  let number = 0;
  for (const line of lines(bytes)) {
    number += 1;
    if (line.includes(0)) return { ok: false, error: "encoding", line: number };
    if (line.every((b) => b < 0x80)) continue;
    const utf8 = isUtf8(line);
    if (!utf8 && holdsUtf8Character(line)) return { ok: false, error: "encoding", line: number };
    const lineEncoding: CsvEncoding = utf8 ? "utf-8" : "windows-1252";
    encoding ??= lineEncoding;
    if (lineEncoding !== encoding) return { ok: false, error: "encoding", line: number };
    if (encoding === "windows-1252" && line.some((b) => UNDEFINED_IN_WINDOWS_1252.has(b))) return { ok: false, error: "encoding", line: number };
  }
  // The UTF-8 decoder drops a leading BOM (ignoreBOM is false by default).
  if (encoding === "windows-1252") return { ok: true, encoding, text: decodeWindows1252(bytes) };
  return { ok: true, encoding: "utf-8", text: new TextDecoder("utf-8").decode(bytes) };
}
