import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "./db";
import { createLearner, createTrainingPath, createUser, csvBytes, learnerCsv, uniqueSuffix } from "@/tests/factories";
import { actorOf } from "./support/access";
import type { Actor } from "@/lib/server/auth/actor";
import { previewImport, runImport } from "@/lib/server/data/import";
import { IMPORT_COLUMNS } from "@/lib/domain/import-csv";
import { listCaseload } from "@/lib/server/data/caseload";
import { listAssignmentHistory } from "@/lib/server/data/assignments";

const db = freshDatabase();
let admin: Actor;
let advisor: { id: string; email: string };
let mentor: { id: string; email: string };
let pathCode = "";

beforeAll(async () => {
  admin = actorOf(await createUser(db(), { role: "ADMIN" }));
  advisor = await createUser(db(), { role: "ADVISOR" });
  mentor = await createUser(db(), { role: "MENTOR" });
  pathCode = (await createTrainingPath(db())).code;
});

const counts = async () => ({
  users: await db().user.count(),
  profiles: await db().learnerProfile.count(),
  history: await db().assignmentHistory.count(),
  audit: await db().auditLog.count(),
  emails: await db().emailOutbox.count(),
  tokens: await db().authToken.count(),
});

describe("CSV import of learners", () => {
  it("a file with a BOM and `;` separators: preview, import, then the same file again changes nothing", async () => {
    const prefix = `bom${uniqueSuffix()}`;
    const file = learnerCsv({ count: 4, prefix, pathCode, advisorEmail: advisor.email.toUpperCase(), mentorEmail: mentor.email, bom: true });

    const before = await counts();
    const preview = await previewImport(admin, "learners", csvBytes(file));
    expect(preview).toMatchObject({ ok: true, counts: { create: 4, update: 0, unchanged: 0, error: 0 } });
    expect(await counts()).toEqual(before);

    const first = await runImport(admin, "learners", csvBytes(file));
    expect(first).toMatchObject({ ok: true, created: 4, updated: 0, unchanged: 0 });
    const lea = await db().user.findUniqueOrThrow({ where: { email: `${prefix}.0@import.test` }, include: { learnerProfile: true } });
    expect(lea).toMatchObject({ role: "LEARNER", firstName: "Prénom0", lastName: "Nom 0", locale: "en", passwordHash: null });
    expect(lea.learnerProfile).toMatchObject({ advisorId: advisor.id, mentorId: mentor.id, weeklyCommitment: 1, startDate: new Date("2026-09-01T00:00:00Z") });
    expect((await listCaseload(actorOf(advisor as never))).map((l) => l.id)).toContain(lea.id);
    expect((await listAssignmentHistory(admin, lea.id)).map((h) => h.kind).sort()).toEqual(["ADVISOR", "MENTOR"]);
    expect(await db().emailOutbox.count({ where: { toAddress: { startsWith: `${prefix}.` }, template: "account.invitation" } })).toBe(4);

    const afterFirst = await counts();
    const second = await runImport(admin, "learners", csvBytes(file));
    expect(second).toMatchObject({ ok: true, created: 0, updated: 0, unchanged: 4 });
    expect(await counts()).toEqual(afterFirst);
  });

  it("a `,` file that changes one learner's advisor updates them, with history", async () => {
    const prefix = `upd${uniqueSuffix()}`;
    const other = await createUser(db(), { role: "ADVISOR" });
    await runImport(admin, "learners", csvBytes(learnerCsv({ count: 2, prefix, pathCode, advisorEmail: advisor.email })));
    const moved = learnerCsv({ count: 2, prefix, pathCode, advisorEmail: other.email, delimiter: "," });
    const preview = await previewImport(admin, "learners", csvBytes(moved));
    expect(preview.ok && preview.rows.map((r) => [r.action, r.changes])).toEqual([
      ["update", ["advisor_email"]],
      ["update", ["advisor_email"]],
    ]);
    expect(await runImport(admin, "learners", csvBytes(moved))).toMatchObject({ ok: true, updated: 2 });
    const id = (await db().user.findUniqueOrThrow({ where: { email: `${prefix}.1@import.test` } })).id;
    const history = (await listAssignmentHistory(admin, id)).filter((h) => h.kind === "ADVISOR");
    expect(history.map((h) => [h.staff?.email, h.endedAt === null])).toEqual([
      [other.email, true],
      [advisor.email, false],
    ]);
    const entry = await db().auditLog.findFirstOrThrow({ where: { entityId: id, action: "user.import.updated" } });
    expect(entry).toMatchObject({ before: { advisor_email: advisor.email }, after: { advisor_email: other.email } });
  });

  it("all or nothing: one bad row and nothing is written; the report names every error", async () => {
    const prefix = `bad${uniqueSuffix()}`;
    const existingMentor = await createUser(db(), { role: "MENTOR" });
    const good = learnerCsv({ count: 3, prefix, pathCode, advisorEmail: advisor.email });
    const lines = good.trimEnd().split("\r\n");
    lines.push(
      [`${prefix}.x@import.test`, "A", "B", "fr", pathCode, "31/02/2026", "2027-08-31", "1", "inconnu@nulle-part.test", ""].join(";"),
      [`${prefix}.0@import.test`, "Dup", "Licate", "fr", "NOPE", "01/09/2026", "2027-08-31", "9", "", ""].join(";"),
      [existingMentor.email, "C", "D", "de", pathCode, "01/09/2026", "2027-08-31", "", "", ""].join(";"),
    );
    const file = lines.join("\r\n");
    const before = await counts();
    const preview = await previewImport(admin, "learners", csvBytes(file));
    if (!preview.ok) throw new Error("unexpected file error");
    expect(preview.counts).toEqual({ create: 3, update: 0, unchanged: 0, error: 3 });
    const errors = preview.rows.filter((r) => r.action === "error").map((r) => [r.line, r.errors.map((e) => `${e.column}:${e.code}`)]);
    expect(errors).toEqual([
      [5, ["start_date:invalidDate", "advisor_email:unknownAdvisor"]],
      [6, ["weekly_commitment:invalidCommitment", "email:duplicateEmail", "training_path:unknownPath"]],
      [7, ["language:invalidLanguage", "email:roleMismatch"]],
    ]);
    const result = await runImport(admin, "learners", csvBytes(file));
    expect(result).toMatchObject({ ok: false, error: "rowErrors" });
    expect(await counts()).toEqual(before);
  });

  it("a failure while writing rolls everything back", async () => {
    const prefix = `rb${uniqueSuffix()}`;
    // A database-level refusal half-way (the unique email index) must leave no partial import.
    await db().$executeRawUnsafe(
      `CREATE OR REPLACE FUNCTION refuse_import() RETURNS trigger AS $$ BEGIN IF NEW.email = '${prefix}.7@import.test' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
    );
    await db().$executeRawUnsafe(`CREATE TRIGGER refuse_import BEFORE INSERT ON "User" FOR EACH ROW EXECUTE FUNCTION refuse_import()`);
    try {
      const before = await counts();
      await expect(runImport(admin, "learners", csvBytes(learnerCsv({ count: 10, prefix, pathCode })))).rejects.toThrow();
      expect(await counts()).toEqual(before);
    } finally {
      await db().$executeRawUnsafe(`DROP TRIGGER refuse_import ON "User"`);
    }
  });

  it.each([
    ["empty", "", { ok: false, error: "empty" }],
    ["missing columns", "email;first_name\na@b.fr;A\n", { ok: false, error: "missingColumns" }],
  ])("a file that is %s is refused before any row", async (_name, text, expected) => {
    expect(await previewImport(admin, "learners", csvBytes(text))).toMatchObject(expected);
    expect(await runImport(admin, "learners", csvBytes(text))).toMatchObject(expected);
  });
});

describe("the file's encoding", () => {
  const fileOf = (prefix: string, first: string, last: string) =>
    `${IMPORT_COLUMNS.learners.join(";")}\r\n${prefix}@import.test;${first};${last};fr;${pathCode};01/09/2026;31/08/2027;1;;\r\n`;

  it("a Windows-1252 file (French Excel's default CSV) keeps every character: preview and stored names", async () => {
    const prefix = `cp${uniqueSuffix()}`;
    const bytes = csvBytes(fileOf(prefix, "Hélène", "Lefèvre-Œuvray"), "windows-1252");
    expect(bytes.includes(0xe9) && bytes.includes(0x8c)).toBe(true); // é and Œ as single Windows-1252 bytes
    const preview = await previewImport(admin, "learners", bytes);
    expect(preview.ok && preview.rows.map((r) => [r.firstName, r.lastName, r.action])).toEqual([["Hélène", "Lefèvre-Œuvray", "create"]]);
    expect(await runImport(admin, "learners", bytes)).toMatchObject({ ok: true, created: 1 });
    const stored = await db().user.findUniqueOrThrow({ where: { email: `${prefix}@import.test` }, select: { firstName: true, lastName: true } });
    expect(stored).toEqual({ firstName: "Hélène", lastName: "Lefèvre-Œuvray" });
    // The same names saved as UTF-8 are the same account, unchanged.
    expect(await runImport(admin, "learners", csvBytes(`\uFEFF${fileOf(prefix, "Hélène", "Lefèvre-Œuvray")}`))).toMatchObject({ ok: true, unchanged: 1 });
  });

  it("a file that is neither UTF-8 nor Windows-1252 is refused, naming its line, and writes nothing", async () => {
    const prefix = `bad${uniqueSuffix()}`;
    const good = csvBytes(fileOf(prefix, "Léa", "Martin"));
    const bad = new Uint8Array([...good, ...csvBytes(`${prefix}.2@import.test;L`), 0xe9, 0x81, ...csvBytes(`a;M;fr;${pathCode};01/09/2026;31/08/2027;1;;\r\n`)]);
    const before = await counts();
    expect(await previewImport(admin, "learners", bad)).toEqual({ ok: false, error: "encoding", line: 3 });
    expect(await runImport(admin, "learners", bad)).toEqual({ ok: false, error: "encoding", line: 3 });
    expect(await counts()).toEqual(before);
  });

  it("a value holding U+FFFD (lost before the upload) is a row error, never stored", async () => {
    const prefix = `fffd${uniqueSuffix()}`;
    const result = await runImport(admin, "learners", csvBytes(fileOf(prefix, "H\uFFFDl\uFFFDne", "Lef\uFFFDvre")));
    expect(result).toMatchObject({ ok: false, error: "rowErrors" });
    const row = !result.ok && result.preview?.ok ? result.preview.rows[0] : null;
    expect(row?.action === "error" && row.errors.map((e) => `${e.column}:${e.code}`)).toEqual(["first_name:replacementChar", "last_name:replacementChar"]);
    expect(await db().user.count({ where: { email: `${prefix}@import.test` } })).toBe(0);
  });
});

describe("CSV import of staff", () => {
  it("creates advisors and mentors that a learners file can then reference", async () => {
    const s = uniqueSuffix();
    const staffFile = `email,first_name,last_name,role,language\nconseil.${s}@import.test,Anne,Morel,Conseiller,fr\nmentor.${s}@import.test,Yann,Blanc,MENTOR,en\n`;
    expect(await runImport(admin, "staff", csvBytes(staffFile))).toMatchObject({ ok: true, created: 2 });
    expect(await runImport(admin, "staff", csvBytes(staffFile))).toMatchObject({ ok: true, created: 0, unchanged: 2 });
    const learners = learnerCsv({ count: 1, prefix: `after${s}`, pathCode, advisorEmail: `conseil.${s}@import.test`, mentorEmail: `mentor.${s}@import.test` });
    expect(await runImport(admin, "learners", csvBytes(learners))).toMatchObject({ ok: true, created: 1 });
  });

  it("never changes the role of an existing account", async () => {
    const learner = await createLearner(db());
    const file = `email;first_name;last_name;role;language\n${learner.user.email};A;B;ADVISOR;fr\n`;
    expect(await runImport(admin, "staff", csvBytes(file))).toMatchObject({ ok: false, error: "rowErrors" });
    expect((await db().user.findUniqueOrThrow({ where: { id: learner.id } })).role).toBe("LEARNER");
  });
});

describe("a large file", () => {
  // How fast: `npm run bench:import` prints it (a timed test would fail on a busy machine).
  it("5,000 learners import in one transaction", async () => {
    const prefix = `big${uniqueSuffix()}`;
    const file = learnerCsv({ count: 5000, prefix, pathCode, advisorEmail: advisor.email, mentorEmail: mentor.email });
    const result = await runImport(admin, "learners", csvBytes(file));
    expect(result).toMatchObject({ ok: true, created: 5000 });
    expect(await db().learnerProfile.count({ where: { user: { email: { startsWith: `${prefix}.` } } } })).toBe(5000);
  }, 180_000);
});
