// Phone numbers on a real database: typed any usual way, stored in E.164, refused
// with a message naming the field (and nothing written) when not a number; the
// same rules for the admin's forms, the learner's and mentor's own profile, and
// the CSV import; and the invite tells the learner the number they will be called on.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { freshDatabase } from "./db";
import { actorOf } from "./support/access";
import { createLearner, createTrainingPath, createUser, csvBytes, staffAccountInput, uniqueEmail, uniqueSuffix } from "@/tests/factories";
import type { Actor } from "@/lib/server/auth/actor";
import { runAs } from "@/lib/server/actions/client";
import { createUserAction, updateUserAction } from "@/app/(portal)/admin/users/actions";
import { updateOwnPhoneAction } from "@/lib/server/actions/profile";
import { previewImport, runImport } from "@/lib/server/data/import";
import { IMPORT_COLUMNS } from "@/lib/domain/import-csv";
import { openCase, scheduleAppointment } from "@/lib/server/data/follow-up-cases";
import { setClock } from "@/lib/server/clock";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const db = freshDatabase();
let admin: Actor;

beforeAll(async () => {
  admin = actorOf(await createUser(db(), { role: "ADMIN" }));
});

const writes = async () => ({ users: await db().user.count(), audit: await db().auditLog.count(), emails: await db().emailOutbox.count() });

describe("admin account forms", () => {
  it("a number typed the French way is stored in E.164; an edit changes it, an empty field removes it", async () => {
    const email = uniqueEmail("phone");
    const created = await runAs(admin, () => createUserAction({ ...staffAccountInput(email), phone: "06.39.98.00.01" }));
    expect(created).toMatchObject({ ok: true });
    const user = await db().user.findUniqueOrThrow({ where: { email } });
    expect(user.phone).toBe("+33639980001");
    const edit = { id: user.id, firstName: user.firstName, lastName: user.lastName, email, role: "MENTOR", locale: "fr" };
    expect(await runAs(admin, () => updateUserAction({ ...edit, phone: "+44 20 7946 0958" }))).toEqual({ ok: true, data: { changed: true } });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).phone).toBe("+442079460958");
    // The same number typed another way is no change.
    expect(await runAs(admin, () => updateUserAction({ ...edit, phone: "0044 20 7946 0958" }))).toEqual({ ok: true, data: { changed: false } });
    expect(await runAs(admin, () => updateUserAction({ ...edit, phone: "" }))).toEqual({ ok: true, data: { changed: true } });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).phone).toBeNull();
  });

  it("a bad number is a field error on phone, and nothing is written", async () => {
    const before = await writes();
    const email = uniqueEmail("badphone");
    expect(await runAs(admin, () => createUserAction({ ...staffAccountInput(email), phone: "06 39" }))).toEqual({ ok: false, fieldErrors: { phone: "phone.tooShort" } });
    expect(await writes()).toEqual(before);
    const mentor = await createUser(db(), { role: "MENTOR", phone: "+33639980002" });
    const mid = await writes();
    const edit = { id: mentor.id, firstName: "Autre", lastName: mentor.lastName, email: mentor.email, role: "MENTOR", locale: "fr", phone: "appelez-moi" };
    expect(await runAs(admin, () => updateUserAction(edit))).toEqual({ ok: false, fieldErrors: { phone: "phone.invalid" } });
    expect(await db().user.findUniqueOrThrow({ where: { id: mentor.id } })).toMatchObject({ firstName: mentor.firstName, phone: "+33639980002" });
    expect(await writes()).toEqual(mid);
  });
});

describe("the learner's and the mentor's own profile", () => {
  it("each saves their own number, audited; a bad number writes nothing", async () => {
    for (const role of ["LEARNER", "MENTOR"] as const) {
      const me = role === "LEARNER" ? actorOf((await createLearner(db(), {})).user) : actorOf(await createUser(db(), { role }));
      expect(await runAs(me, () => updateOwnPhoneAction({ phone: "+33 6 39 98 00 03" }))).toEqual({ ok: true, data: { changed: true } });
      expect((await db().user.findUniqueOrThrow({ where: { id: me.id } })).phone).toBe("+33639980003");
      expect(await db().auditLog.findFirst({ where: { action: "user.phone.changed", entityId: me.id } })).toMatchObject({ after: { phone: "+33639980003" } });
      const before = await writes();
      expect(await runAs(me, () => updateOwnPhoneAction({ phone: "06 39 98 00 03 00 00" }))).toEqual({ ok: false, fieldErrors: { phone: "phone.tooLong" } });
      expect(await runAs(me, () => updateOwnPhoneAction({ phone: "06 39 98\n00 03" }))).toMatchObject({ ok: false, fieldErrors: { phone: "controlChars" } });
      expect((await db().user.findUniqueOrThrow({ where: { id: me.id } })).phone).toBe("+33639980003");
      expect(await writes()).toEqual(before);
    }
  });

  it("the record is always the actor's own: an id in the input changes nothing else", async () => {
    const other = await createUser(db(), { role: "MENTOR", phone: "+33639980004" });
    const me = actorOf(await createUser(db(), { role: "MENTOR" }));
    await runAs(me, () => updateOwnPhoneAction({ phone: "06 39 98 00 05", id: other.id }));
    expect((await db().user.findUniqueOrThrow({ where: { id: other.id } })).phone).toBe("+33639980004");
  });
});

describe("the CSV import's phone column", () => {
  it("stores the numbers in E.164, names the line of a bad one, and writes nothing then", async () => {
    const pathCode = (await createTrainingPath(db())).code;
    const prefix = `ph${uniqueSuffix()}`;
    const row = (i: number, phone: string) => [`${prefix}.${i}@import.test`, `P${i}`, `N${i}`, "fr", pathCode, "01/09/2026", "2027-08-31", "1", "", "", phone].join(";");
    const header = IMPORT_COLUMNS.learners.join(";");
    const bad = [header, row(0, "06 39 98 00 06"), row(1, "+44 20 7946 0958"), row(2, "0639")].join("\r\n");
    const before = await writes();
    const preview = await previewImport(admin, "learners", csvBytes(bad));
    expect(preview.ok && preview.rows.filter((r) => r.action === "error")).toEqual([
      expect.objectContaining({ line: 4, errors: [{ column: "phone", code: "invalidPhone", value: "0639" }] }),
    ]);
    expect(await runImport(admin, "learners", csvBytes(bad))).toMatchObject({ ok: false, error: "rowErrors" });
    expect(await writes()).toEqual(before);

    const good = [header, row(0, "06 39 98 00 06"), row(1, "+44 20 7946 0958"), row(2, "")].join("\r\n");
    expect(await runImport(admin, "learners", csvBytes(good))).toMatchObject({ ok: true, created: 3 });
    const phones = await db().user.findMany({ where: { email: { startsWith: `${prefix}.` } }, orderBy: { email: "asc" }, select: { phone: true } });
    expect(phones.map((p) => p.phone)).toEqual(["+33639980006", "+442079460958", null]);
    // A file without the column keeps the stored numbers.
    const legacy = [IMPORT_COLUMNS.learners.filter((c) => c !== "phone").join(";"), row(0, "").replace(/;$/, "")].join("\r\n");
    expect(await runImport(admin, "learners", csvBytes(legacy))).toMatchObject({ ok: true, unchanged: 1 });
    expect((await db().user.findUniqueOrThrow({ where: { email: `${prefix}.0@import.test` } })).phone).toBe("+33639980006");
  });
});

describe("the call invite", () => {
  it("tells the learner the number the advisor will call, in the email and the calendar file", async () => {
    const advisor = actorOf(await createUser(db(), { role: "ADVISOR", phone: "+33199000001" }));
    const learner = await createLearner(db(), { advisorId: advisor.id, phone: "+33639980007" });
    const { caseId } = await openCase(advisor, { learnerId: learner.id, reason: "CHECK_IN" });
    setClock(new Date("2026-10-20T08:00:00Z"));
    await scheduleAppointment(advisor, { caseId, date: "2026-10-22", time: "10:00", durationMinutes: "30" });
    setClock(null);
    const mail = await db().emailOutbox.findFirstOrThrow({ where: { toAddress: learner.user.email, template: "appointment.invite" } });
    expect(mail.textBody).toContain("vous appellera au 06 39 98 00 07");
    expect(mail.textBody).toContain("prévenez au 01 99 00 00 01");
    expect(mail.icsContent?.replace(/\r\n /g, "")).toContain("appellera au 06 39 98 00 07");
  });
});
