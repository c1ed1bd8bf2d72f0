import { describe, expect, it } from "vitest";
import {
  checkLearnerRow,
  checkStaffRow,
  detectDelimiter,
  importTemplate,
  parseImportCsv,
  parseImportDate,
  planImport,
  type ExistingUser,
  type ImportContext,
} from "@/lib/domain/import-csv";

const LEARNER_HEADER = "email;first_name;last_name;language;training_path;start_date;planned_end_date;weekly_commitment;advisor_email;mentor_email";
const good = {
  email: "Lea.Martin@Example.fr",
  first_name: "Léa",
  last_name: "Martin",
  language: "",
  training_path: "dev-web",
  start_date: "01/09/2026",
  planned_end_date: "2027-08-31",
  weekly_commitment: "",
  advisor_email: "conseiller@demo.test",
  mentor_email: "",
};

describe("parseImportDate", () => {
  it.each([
    ["2026-09-01", "2026-09-01"],
    ["01/09/2026", "2026-09-01"],
    ["1/9/2026", "2026-09-01"],
    ["29/02/2028", "2028-02-29"],
  ])("%s → %s", (input, iso) => {
    expect(parseImportDate(input)?.toISOString().slice(0, 10)).toBe(iso);
  });

  it.each(["31/02/2026", "2026-13-01", "2026/09/01", "demain", "", "09-01-2026", "01/09/1850"])("refuses %j", (input) => {
    expect(parseImportDate(input)).toBeNull();
  });
});

describe("parseImportCsv", () => {
  it.each([
    ["`;` with a BOM and CRLF", `\uFEFF${LEARNER_HEADER}\r\na@x.fr;A;B;;DEV-WEB;01/09/2026;01/09/2027;;;\r\n`, ";"],
    ["`,` without a BOM", `${LEARNER_HEADER.replaceAll(";", ",")}\na@x.fr,A,B,,DEV-WEB,2026-09-01,2027-09-01,,,\n`, ","],
    ["quoted fields holding the other separator", `${LEARNER_HEADER}\n"a@x.fr";"A; junior";B;;DEV-WEB;01/09/2026;01/09/2027;;;\n`, ";"],
  ])("reads %s", (_name, text, delimiter) => {
    const parsed = parseImportCsv("learners", text);
    expect(parsed).toMatchObject({ ok: true, delimiter });
    if (!parsed.ok) return;
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.rows[0].email).toBe("a@x.fr");
    expect(Object.keys(parsed.rows[0])[0]).toBe("email");
  });

  it("header names are case-insensitive and blank lines are skipped", () => {
    const parsed = parseImportCsv("staff", "Email;First_Name;LAST_NAME;Role;Language\n\np@x.fr;P;D;mentor;fr\n\n");
    expect(parsed.ok && parsed.rows).toEqual([{ email: "p@x.fr", first_name: "P", last_name: "D", role: "mentor", language: "fr" }]);
  });

  it.each([
    ["empty", "", { ok: false, error: "empty" }],
    ["only a BOM", "\uFEFF  \n", { ok: false, error: "empty" }],
    ["missing columns", "email;first_name\na@x.fr;A\n", { ok: false, error: "missingColumns", columns: ["last_name", "role", "language"] }],
    ["an unclosed quote", 'email;first_name;last_name;role;language\n"a@x.fr;A;B;MENTOR;fr\n', { ok: false, error: "unreadable" }],
  ])("refuses a file that is %s", (_name, text, expected) => {
    expect(parseImportCsv("staff", text)).toEqual(expected);
  });

  it("detects the separator from the header only", () => {
    expect(detectDelimiter("a;b;c\n1,2,3,4,5")).toBe(";");
    expect(detectDelimiter("\uFEFFa,b,c\n")).toBe(",");
  });

  it("the templates parse back with their own example row", () => {
    for (const kind of ["learners", "staff"] as const) {
      const parsed = parseImportCsv(kind, importTemplate(kind));
      expect(parsed.ok && parsed.rows.length).toBe(1);
    }
  });
});

describe("checkLearnerRow", () => {
  it("normalizes a good row", () => {
    const { value, errors } = checkLearnerRow(good);
    expect(errors).toEqual([]);
    expect(value).toMatchObject({
      email: "lea.martin@example.fr",
      locale: "fr",
      trainingPathCode: "DEV-WEB",
      weeklyCommitment: 1,
      advisorEmail: "conseiller@demo.test",
      mentorEmail: null,
    });
  });

  it.each([
    [{ email: "" }, [{ column: "email", code: "required" }]],
    [{ email: "pas-une-adresse" }, [{ column: "email", code: "invalidEmail", value: "pas-une-adresse" }]],
    [{ first_name: "x".repeat(101) }, [{ column: "first_name", code: "tooLong" }]],
    [{ last_name: "A\u0007B" }, [{ column: "last_name", code: "controlChars" }]],
    [{ first_name: "H\uFFFDl\uFFFDne" }, [{ column: "first_name", code: "replacementChar" }]],
    [{ advisor_email: "h\uFFFDl\uFFFDne@demo.test" }, [{ column: "advisor_email", code: "replacementChar" }]],
    [{ start_date: "31/02/2026" }, [{ column: "start_date", code: "invalidDate", value: "31/02/2026" }]],
    [{ planned_end_date: "01/01/2026" }, [{ column: "planned_end_date", code: "endBeforeStart" }]],
    [{ weekly_commitment: "12" }, [{ column: "weekly_commitment", code: "invalidCommitment", value: "12" }]],
    [{ weekly_commitment: "1.5" }, [{ column: "weekly_commitment", code: "invalidCommitment", value: "1.5" }]],
    [{ language: "de" }, [{ column: "language", code: "invalidLanguage", value: "de" }]],
    [{ mentor_email: "mentor@" }, [{ column: "mentor_email", code: "invalidEmail", value: "mentor@" }]],
  ])("%j → %j", (patch, errors) => {
    const result = checkLearnerRow({ ...good, ...patch });
    expect(result.errors).toEqual(errors);
    expect(result.value).toBeNull();
  });
});

describe("checkStaffRow", () => {
  it.each([
    ["MENTOR", "MENTOR"],
    ["advisor", "ADVISOR"],
    ["Conseiller", "ADVISOR"],
    ["mentorship manager", "MENTORSHIP_MANAGER"],
  ])("role %s → %s", (role, expected) => {
    expect(checkStaffRow({ email: "p@x.fr", first_name: "P", last_name: "D", role, language: "en" }).value).toMatchObject({ role: expected, locale: "en" });
  });

  it.each(["ADMIN", "LEARNER", "chef"])("refuses the role %s", (role) => {
    expect(checkStaffRow({ email: "p@x.fr", first_name: "P", last_name: "D", role, language: "" }).errors).toEqual([
      { column: "role", code: "invalidRole", value: role },
    ]);
  });
});

describe("the optional phone column", () => {
  it("a file without the column still reads (files written before it existed)", () => {
    expect(parseImportCsv("learners", `${LEARNER_HEADER}\na@x.fr;A;B;;DEV-WEB;01/09/2026;01/09/2027;;;\n`)).toMatchObject({ ok: true });
  });

  it.each([
    // cell                   stored
    ["", null],
    ["06 39 98 00 01", "+33639980001"],
    ["06.39.98.00.01", "+33639980001"],
    ["+33 6 39 98 00 01", "+33639980001"],
    ["+44 20 7946 0958", "+442079460958"],
  ])("%j → %j", (cell, stored) => {
    const checked = checkLearnerRow({ ...good, phone: cell });
    expect(checked.errors).toEqual([]);
    expect(checked.value?.phone).toBe(stored);
  });

  it.each(["0639", "06 39 98 00 01 99 99", "appeler le soir"])("%j is a line error on the phone column", (cell) => {
    expect(checkLearnerRow({ ...good, phone: cell }).errors).toEqual([{ column: "phone", code: "invalidPhone", value: cell }]);
  });

  it("the line of a bad number is named; an empty cell keeps the stored number; a new one is a change", () => {
    const ctx: ImportContext = { existing: new Map(), paths: new Set(["DEV-WEB"]), staff: new Map([["conseiller@demo.test", "ADVISOR"]]) };
    const plan = planImport("learners", [good, { ...good, email: "b@x.fr", phone: "12" }], ctx);
    expect(plan.rows[1]).toMatchObject({ line: 3, action: "error", errors: [{ column: "phone", code: "invalidPhone", value: "12" }] });
    const existing: ExistingUser = {
      id: "u1", role: "LEARNER", firstName: "Léa", lastName: "Martin", locale: "fr", phone: "+33639980001",
      learner: { trainingPathCode: "DEV-WEB", startDate: new Date("2026-09-01T00:00:00Z"), plannedEndDate: new Date("2027-08-31T00:00:00Z"), weeklyCommitment: 1, advisorEmail: "conseiller@demo.test", mentorEmail: null },
    };
    const known = { ...ctx, existing: new Map([["lea.martin@example.fr", existing]]) };
    expect(planImport("learners", [{ ...good, phone: "" }], known).rows[0]).toMatchObject({ action: "unchanged" });
    expect(planImport("learners", [{ ...good, phone: "06 39 98 00 01" }], known).rows[0]).toMatchObject({ action: "unchanged" });
    expect(planImport("learners", [{ ...good, phone: "06 39 98 00 02" }], known).rows[0]).toMatchObject({ action: "update", changes: ["phone"] });
  });
});

describe("planImport", () => {
  const existingLearner: ExistingUser = {
    id: "u1",
    role: "LEARNER",
    firstName: "Léa",
    lastName: "Martin",
    locale: "fr",
    phone: null,
    learner: {
      trainingPathCode: "DEV-WEB",
      startDate: new Date("2026-09-01T00:00:00Z"),
      plannedEndDate: new Date("2027-08-31T00:00:00Z"),
      weeklyCommitment: 1,
      advisorEmail: "conseiller@demo.test",
      mentorEmail: null,
    },
  };
  const ctx = (existing: ExistingUser[] = []): ImportContext => ({
    existing: new Map(existing.map((u, i) => [i === 0 ? "lea.martin@example.fr" : `other${i}@x.fr`, u])),
    paths: new Set(["DEV-WEB"]),
    staff: new Map([
      ["conseiller@demo.test", "ADVISOR"],
      ["mentor@demo.test", "MENTOR"],
    ]),
  });

  it("a new email is created; the same row again is unchanged; a changed field is an update", () => {
    expect(planImport("learners", [good], ctx()).rows[0]).toMatchObject({ line: 2, action: "create" });
    expect(planImport("learners", [good], ctx([existingLearner])).rows[0]).toMatchObject({ action: "unchanged", userId: "u1" });
    const moved = planImport("learners", [{ ...good, advisor_email: "", weekly_commitment: "2" }], ctx([existingLearner]));
    expect(moved.rows[0]).toMatchObject({ action: "update", changes: ["weekly_commitment", "advisor_email"] });
  });

  it.each([
    [{ advisor_email: "inconnu@x.fr" }, { column: "advisor_email", code: "unknownAdvisor", value: "inconnu@x.fr" }],
    [{ advisor_email: "mentor@demo.test" }, { column: "advisor_email", code: "unknownAdvisor", value: "mentor@demo.test" }],
    [{ mentor_email: "conseiller@demo.test" }, { column: "mentor_email", code: "unknownMentor", value: "conseiller@demo.test" }],
    [{ training_path: "NOPE" }, { column: "training_path", code: "unknownPath", value: "NOPE" }],
  ])("reference %j → error", (patch, error) => {
    const plan = planImport("learners", [{ ...good, ...patch }], ctx());
    expect(plan.rows[0]).toEqual({ line: 2, email: "lea.martin@example.fr", firstName: "Léa", lastName: "Martin", action: "error", errors: [error] });
  });

  it("a duplicate email is an error on its second row; counts add up", () => {
    const plan = planImport("learners", [good, { ...good, email: "LEA.MARTIN@example.fr" }, { ...good, email: "x" }], ctx());
    expect(plan.rows.map((r) => r.action)).toEqual(["create", "error", "error"]);
    expect(plan.rows[1]).toMatchObject({ line: 3, errors: [{ column: "email", code: "duplicateEmail" }] });
    expect(plan.counts).toEqual({ create: 1, update: 0, unchanged: 0, error: 2 });
  });

  it("an existing account of another role is never turned into a learner or another staff role", () => {
    const mentor: ExistingUser = { ...existingLearner, role: "MENTOR", learner: null };
    expect(planImport("learners", [good], ctx([mentor])).rows[0]).toMatchObject({ action: "error", errors: [{ code: "roleMismatch" }] });
    const staffRow = { email: "lea.martin@example.fr", first_name: "Léa", last_name: "Martin", role: "ADVISOR", language: "fr" };
    expect(planImport("staff", [staffRow], ctx([mentor])).rows[0]).toMatchObject({ action: "error", errors: [{ code: "roleMismatch" }] });
    expect(planImport("staff", [{ ...staffRow, role: "MENTOR" }], ctx([mentor])).rows[0]).toMatchObject({ action: "unchanged" });
  });
});
