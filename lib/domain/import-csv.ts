// The CSV import of accounts, as pure rules: reading the file, checking each
// row, and deciding per row what the import will do. The data module feeds it
// what the database already holds and writes the plan in one transaction.
import { parse } from "csv-parse/sync";
import type { Locale, Role } from "@prisma/client";
import { normalizeEmail } from "./email";
import { decodeCsv } from "./csv-encoding";
import { parsePhone } from "./phone";

export const IMPORT_KINDS = ["learners", "staff"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** Documented on the import page and in the downloadable templates, in this order. */
export const IMPORT_COLUMNS = {
  learners: [
    "email",
    "first_name",
    "last_name",
    "language",
    "training_path",
    "start_date",
    "planned_end_date",
    "weekly_commitment",
    "advisor_email",
    "mentor_email",
    "phone",
  ],
  staff: ["email", "first_name", "last_name", "role", "language"],
} as const satisfies Record<ImportKind, readonly string[]>;

/** Columns that may be left empty (all others are required). */
export const OPTIONAL_IMPORT_COLUMNS: ReadonlySet<string> = new Set(["language", "weekly_commitment", "advisor_email", "mentor_email", "phone"]);

/**
 * Columns the file may leave out altogether (files written before the column existed
 * still import). An absent column, or an empty cell, keeps the number already stored.
 */
export const OPTIONAL_HEADER_COLUMNS: ReadonlySet<string> = new Set(["phone"]);

/** The roles a staff file may create: never ADMIN (an import must not grant administration), never LEARNER. */
export const STAFF_IMPORT_ROLES = ["ADVISOR", "MENTOR", "SUPPORT", "MENTORSHIP_MANAGER"] as const satisfies readonly Role[];

export const MAX_IMPORT_ROWS = 10_000;
export const MAX_IMPORT_BYTES = 4 * 1024 * 1024;

export type ImportErrorCode =
  | "required"
  | "tooLong"
  | "controlChars"
  | "replacementChar"
  | "invalidEmail"
  | "invalidPhone"
  | "invalidDate"
  | "endBeforeStart"
  | "invalidCommitment"
  | "invalidLanguage"
  | "invalidRole"
  | "duplicateEmail"
  | "unknownPath"
  | "unknownAdvisor"
  | "unknownMentor"
  | "roleMismatch";

export type FileErrorCode = "empty" | "tooLarge" | "tooManyRows" | "encoding" | "unreadable" | "missingColumns";

export type RowError = { column: string; code: ImportErrorCode; value?: string };

export type ParsedCsv =
  | { ok: true; delimiter: ";" | ","; rows: Record<string, string>[] }
  | { ok: false; error: FileErrorCode; columns?: string[]; line?: number };

/** The separator of the header line: French spreadsheets export `;`, others `,`. */
export function detectDelimiter(text: string): ";" | "," {
  const header = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const count = (c: string) => header.split(c).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

/** Reads the file: BOM or not, `;` or `,`, header names case-insensitive, blank lines skipped. */
export function parseImportCsv(kind: ImportKind, text: string): ParsedCsv {
  if (Buffer.byteLength(text, "utf8") > MAX_IMPORT_BYTES) return { ok: false, error: "tooLarge" };
  if (text.replace(/^\uFEFF/, "").trim() === "") return { ok: false, error: "empty" };
  const delimiter = detectDelimiter(text);
  let records: Record<string, string>[];
  try {
    records = parse(text, {
      bom: true,
      delimiter,
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    }) as Record<string, string>[];
  } catch {
    return { ok: false, error: "unreadable" };
  }
  const headerLine = parse(text, { bom: true, delimiter, to_line: 1 }) as string[][];
  const present = new Set((headerLine[0] ?? []).map((h) => h.trim().toLowerCase()));
  const missing = IMPORT_COLUMNS[kind].filter((c) => !present.has(c) && !OPTIONAL_HEADER_COLUMNS.has(c));
  if (missing.length > 0) return { ok: false, error: "missingColumns", columns: missing };
  if (records.length > MAX_IMPORT_ROWS) return { ok: false, error: "tooManyRows" };
  return { ok: true, delimiter, rows: records };
}

/** Reads the file as uploaded: its size, its encoding (lib/domain/csv-encoding.ts), then its rows. */
export function readImportCsv(kind: ImportKind, bytes: Uint8Array): ParsedCsv {
  if (bytes.byteLength > MAX_IMPORT_BYTES) return { ok: false, error: "tooLarge" };
  const decoded = decodeCsv(bytes);
  if (!decoded.ok) return { ok: false, error: decoded.error, line: decoded.line };
  return parseImportCsv(kind, decoded.text);
}

/** `YYYY-MM-DD` or the French `DD/MM/YYYY`, as a UTC calendar day; null when not a real date. */
export function parseImportDate(value: string): Date | null {
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (fr) [y, m, d] = [Number(fr[3]), Number(fr[2]), Number(fr[1])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  if (y < 2000 || y > 2100) return null;
  return date;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// Any control character (C0, DEL, C1), as lib/schemas/fields.ts refuses them.
const CONTROL = /\p{Cc}/u;

const ROLE_ALIASES: Record<string, (typeof STAFF_IMPORT_ROLES)[number]> = {
  advisor: "ADVISOR",
  conseiller: "ADVISOR",
  "conseiller pédagogique": "ADVISOR",
  mentor: "MENTOR",
  support: "SUPPORT",
  mentorship_manager: "MENTORSHIP_MANAGER",
  "mentorship manager": "MENTORSHIP_MANAGER",
};

export type LearnerRow = {
  email: string;
  firstName: string;
  lastName: string;
  locale: Locale;
  trainingPathCode: string;
  startDate: Date;
  plannedEndDate: Date;
  weeklyCommitment: number;
  advisorEmail: string | null;
  mentorEmail: string | null;
  /** E.164; null when the file gives none (the stored number is kept). */
  phone: string | null;
};

export type StaffRow = { email: string; firstName: string; lastName: string; role: (typeof STAFF_IMPORT_ROLES)[number]; locale: Locale };

type Checked<T> = { value: T | null; errors: RowError[] };

function text(raw: Record<string, string>, column: string, errors: RowError[], max = 100): string {
  const value = (raw[column] ?? "").trim();
  if (value === "") {
    if (!OPTIONAL_IMPORT_COLUMNS.has(column)) errors.push({ column, code: "required" });
  } else if (value.length > max) errors.push({ column, code: "tooLong" });
  else if (CONTROL.test(value)) errors.push({ column, code: "controlChars" });
  // U+FFFD is what a wrong decoding leaves behind (here or in the tool that wrote the file): never stored.
  else if (value.includes("\uFFFD")) errors.push({ column, code: "replacementChar" });
  return value;
}

function email(raw: Record<string, string>, column: string, errors: RowError[]): string {
  const value = normalizeEmail(text(raw, column, errors, 254));
  if (value !== "" && !errors.some((e) => e.column === column) && !EMAIL.test(value)) errors.push({ column, code: "invalidEmail", value });
  return value;
}

function phone(raw: Record<string, string>, errors: RowError[]): string | null {
  const value = text(raw, "phone", errors, 40);
  if (value === "" || errors.some((e) => e.column === "phone")) return null;
  const parsed = parsePhone(value);
  if (!parsed.ok) {
    errors.push({ column: "phone", code: "invalidPhone", value });
    return null;
  }
  return parsed.e164;
}

function locale(raw: Record<string, string>, errors: RowError[]): Locale {
  const value = text(raw, "language", errors, 10).toLowerCase();
  if (value === "" || value === "fr" || value === "français" || value === "francais") return "fr";
  if (value === "en" || value === "english" || value === "anglais") return "en";
  errors.push({ column: "language", code: "invalidLanguage", value });
  return "fr";
}

function date(raw: Record<string, string>, column: string, errors: RowError[]): Date | null {
  const value = text(raw, column, errors, 20);
  if (value === "") return null;
  const parsed = parseImportDate(value);
  if (!parsed) errors.push({ column, code: "invalidDate", value });
  return parsed;
}

/** A learner row's format (references to paths and staff are checked by planImport). */
export function checkLearnerRow(raw: Record<string, string>): Checked<LearnerRow> {
  const errors: RowError[] = [];
  const row = {
    email: email(raw, "email", errors),
    firstName: text(raw, "first_name", errors),
    lastName: text(raw, "last_name", errors),
    locale: locale(raw, errors),
    trainingPathCode: text(raw, "training_path", errors, 40).toUpperCase(),
    startDate: date(raw, "start_date", errors),
    plannedEndDate: date(raw, "planned_end_date", errors),
    weeklyCommitment: 1,
    advisorEmail: email(raw, "advisor_email", errors) || null,
    mentorEmail: email(raw, "mentor_email", errors) || null,
    phone: phone(raw, errors),
  };
  const commitment = text(raw, "weekly_commitment", errors, 10);
  if (commitment !== "") {
    const n = /^\d+$/.test(commitment) ? Number(commitment) : NaN;
    if (!(n >= 0 && n <= 7)) errors.push({ column: "weekly_commitment", code: "invalidCommitment", value: commitment });
    else row.weeklyCommitment = n;
  }
  if (row.startDate && row.plannedEndDate && row.plannedEndDate <= row.startDate) {
    errors.push({ column: "planned_end_date", code: "endBeforeStart" });
  }
  if (errors.length > 0 || !row.startDate || !row.plannedEndDate) return { value: null, errors };
  return { value: { ...row, startDate: row.startDate, plannedEndDate: row.plannedEndDate }, errors };
}

export function checkStaffRow(raw: Record<string, string>): Checked<StaffRow> {
  const errors: RowError[] = [];
  const email_ = email(raw, "email", errors);
  const firstName = text(raw, "first_name", errors);
  const lastName = text(raw, "last_name", errors);
  const roleText = text(raw, "role", errors, 40);
  const role = (STAFF_IMPORT_ROLES as readonly string[]).includes(roleText.toUpperCase())
    ? (roleText.toUpperCase() as StaffRow["role"])
    : ROLE_ALIASES[roleText.toLowerCase()];
  if (roleText !== "" && !role) errors.push({ column: "role", code: "invalidRole", value: roleText });
  const loc = locale(raw, errors);
  if (errors.length > 0 || !role) return { value: null, errors };
  return { value: { email: email_, firstName, lastName, role, locale: loc }, errors };
}

/** What the database holds for an email of the file. */
export type ExistingUser = {
  id: string;
  role: Role;
  firstName: string;
  lastName: string;
  locale: Locale;
  phone: string | null;
  learner: {
    trainingPathCode: string;
    startDate: Date;
    plannedEndDate: Date;
    weeklyCommitment: number;
    advisorEmail: string | null;
    mentorEmail: string | null;
  } | null;
};

export type ImportContext = {
  existing: Map<string, ExistingUser>;
  /** Training path codes (upper-case). */
  paths: Set<string>;
  /** Active staff by email: their role. */
  staff: Map<string, Role>;
};

/** Every planned row carries the names as read, so the preview shows what the decoding made of them. */
type RowNames = { line: number; email: string; firstName: string; lastName: string };

export type PlannedRow =
  | (RowNames & { action: "create" | "update" | "unchanged"; changes: string[]; learner?: LearnerRow; staff?: StaffRow; userId?: string })
  | (RowNames & { action: "error"; errors: RowError[] });

export type ImportPlan = { rows: PlannedRow[]; counts: Record<PlannedRow["action"], number> };

const sameDay = (a: Date, b: Date) => a.getTime() === b.getTime();

function learnerChanges(row: LearnerRow, before: ExistingUser): string[] {
  const changes: string[] = [];
  if (row.firstName !== before.firstName) changes.push("first_name");
  if (row.lastName !== before.lastName) changes.push("last_name");
  if (row.locale !== before.locale) changes.push("language");
  if (row.phone !== null && row.phone !== before.phone) changes.push("phone");
  const l = before.learner;
  if (!l) return [...changes, "training_path"];
  if (row.trainingPathCode !== l.trainingPathCode) changes.push("training_path");
  if (!sameDay(row.startDate, l.startDate)) changes.push("start_date");
  if (!sameDay(row.plannedEndDate, l.plannedEndDate)) changes.push("planned_end_date");
  if (row.weeklyCommitment !== l.weeklyCommitment) changes.push("weekly_commitment");
  if (row.advisorEmail !== l.advisorEmail) changes.push("advisor_email");
  if (row.mentorEmail !== l.mentorEmail) changes.push("mentor_email");
  return changes;
}

/**
 * Row by row, what the import will do. Line numbers count the header as line 1.
 * An email seen twice in the file is an error on its second and later rows.
 */
export function planImport(kind: ImportKind, raws: Record<string, string>[], ctx: ImportContext): ImportPlan {
  const seen = new Set<string>();
  const rows: PlannedRow[] = raws.map((raw, index) => {
    const line = index + 2;
    const checked = kind === "learners" ? checkLearnerRow(raw) : checkStaffRow(raw);
    const errors = [...checked.errors];
    const rowEmail = normalizeEmail(raw.email ?? "");
    if (rowEmail !== "" && seen.has(rowEmail)) errors.push({ column: "email", code: "duplicateEmail", value: rowEmail });
    seen.add(rowEmail);
    const before = ctx.existing.get(rowEmail);
    const names = { line, email: rowEmail, firstName: (raw.first_name ?? "").trim(), lastName: (raw.last_name ?? "").trim() };

    // References are checked even when the format is not, so the report lists every error at once.
    if (kind === "learners") {
      const pathCode = (raw.training_path ?? "").trim().toUpperCase();
      if (pathCode !== "" && !ctx.paths.has(pathCode)) errors.push({ column: "training_path", code: "unknownPath", value: pathCode });
      for (const [column, role, code] of [
        ["advisor_email", "ADVISOR", "unknownAdvisor"],
        ["mentor_email", "MENTOR", "unknownMentor"],
      ] as const) {
        const email = normalizeEmail(raw[column] ?? "");
        if (email !== "" && !errors.some((e) => e.column === column) && ctx.staff.get(email) !== role) errors.push({ column, code, value: email });
      }
      if (before && before.role !== "LEARNER") errors.push({ column: "email", code: "roleMismatch", value: rowEmail });
    }
    if (kind === "staff" && checked.value && before && before.role !== (checked.value as StaffRow).role) {
      errors.push({ column: "role", code: "roleMismatch", value: rowEmail });
    }
    if (errors.length > 0 || !checked.value) return { ...names, action: "error", errors };

    if (kind === "learners") {
      const learner = checked.value as LearnerRow;
      if (!before) return { ...names, action: "create", changes: [], learner };
      const changes = learnerChanges(learner, before);
      return { ...names, action: changes.length ? "update" : "unchanged", changes, learner, userId: before.id };
    }
    const staff = checked.value as StaffRow;
    if (!before) return { ...names, action: "create", changes: [], staff };
    const changes = [
      ...(staff.firstName !== before.firstName ? ["first_name"] : []),
      ...(staff.lastName !== before.lastName ? ["last_name"] : []),
      ...(staff.locale !== before.locale ? ["language"] : []),
    ];
    return { ...names, action: changes.length ? "update" : "unchanged", changes, staff, userId: before.id };
  });
  const counts = { create: 0, update: 0, unchanged: 0, error: 0 };
  for (const row of rows) counts[row.action] += 1;
  return { rows, counts };
}

/** The template offered for download: the header and one example row. */
export function importTemplate(kind: ImportKind): string {
  const example =
    kind === "learners"
      ? ["lea.martin@example.fr", "Léa", "Martin", "fr", "DEV-WEB", "01/09/2026", "31/08/2027", "1", "conseiller@example.fr", "mentor@example.fr", "06 39 98 00 01"]
      : ["paul.durand@example.fr", "Paul", "Durand", "MENTOR", "fr"];
  return `\uFEFF${IMPORT_COLUMNS[kind].join(";")}\r\n${example.join(";")}\r\n`;
}
