import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { fieldErrorsOf } from "@/lib/schemas/action-result";
import { isCalendarDate, isSafeLine, isSafeText } from "@/lib/schemas/fields";
import { learnerRequestSchema } from "@/lib/schemas/contact";
import { exchangeSchema, stakeholderSchema } from "@/lib/schemas/stakeholders";
import { decideBreakSchema, logPastCallSchema, recordAppointmentSchema, closeCaseSchema } from "@/lib/schemas/follow-up";
import { planSessionSchema, recordSessionSchema } from "@/lib/schemas/session";
import { reassignSchema, statusSchema } from "@/lib/schemas/triage";
import { createUserSchema, setPasswordSchema } from "@/lib/schemas/admin";
import { signInSchema } from "@/lib/schemas/sign-in";
import { parseCaseloadQuery } from "@/lib/schemas/caseload-query";

// The input that made 500s (issue 11): each is now a field error on the field it came in.
const NUL = "a\u0000b";
const LONE = "x\uD800y";
const ID = "cabc123";

describe("shared rules", () => {
  it.each([
    ["plain text", "Bonjour, ça va ?", true, true],
    ["an emoji (a surrogate pair)", "👍 merci", true, true],
    ["line breaks and a tab", "a\r\nb\tc", true, false],
    ["NUL", NUL, false, false],
    ["ESC", "\u001B[31m", false, false],
    ["DEL and a C1 control", "a\u007F\u0085", false, false],
    ["a lone high surrogate", LONE, false, false],
    ["a lone low surrogate", "\uDC00", false, false],
  ])("%s", (_name, value, text, line) => {
    expect(isSafeText(value)).toBe(text);
    expect(isSafeLine(value)).toBe(line);
  });

  it.each([
    ["2026-12-07", true],
    ["2028-02-29", true],
    ["2026-02-30", false],
    ["2027-02-29", false],
    ["9999-99-99", false],
    ["0000-00-00", false],
    ["2026-1-07", false],
    ["2026-12-07T00:00", false],
  ])("calendar date %s → %s", (value, ok) => expect(isCalendarDate(value)).toBe(ok));
});

const KEY = "3f0c1c0e-8a4b-4d3c-9a53-0b8f8c6f2a11";
const cases: [string, z.ZodType, Record<string, unknown>, string][] = [
  ["a NUL in an exchange summary", exchangeSchema, { stakeholderId: ID, occurredOn: "2026-11-02", channel: "EMAIL", summary: NUL, shared: [] }, "summary"],
  ["an impossible exchange date", exchangeSchema, { stakeholderId: ID, occurredOn: "9999-99-99", channel: "EMAIL", summary: "ok", shared: [] }, "occurredOn"],
  ["a lone surrogate in a stakeholder's name", stakeholderSchema, { learnerId: ID, stakeholderId: "", kind: "EMPLOYER", organisation: "ACME", personName: LONE, roleTitle: "", email: "", phone: "", sharing: [] }, "personName"],
  ["a NUL in appointment notes", recordAppointmentSchema, { appointmentId: ID, kind: "FOLLOW_UP", status: "HELD", blocker: "", notes: NUL }, "notes"],
  ["a NUL in a past call's blocker", logPastCallSchema, { caseId: ID, kind: "FIRST", date: "2026-11-02", time: "10:00", durationMinutes: "30", blocker: NUL, notes: "" }, "blocker"],
  ["a NUL in a case's shared outcome", closeCaseSchema, { caseId: ID, outcome: "BLOCKER_SOLVED", nextStep: "Suite", sharedOutcome: NUL }, "sharedOutcome"],
  ["2026-02-30 for a break", decideBreakSchema, { breakId: ID, decision: "APPROVED", startDate: "2026-02-30", endDate: "2026-03-10" }, "startDate"],
  ["a NUL in a session note", recordSessionSchema, { id: ID, version: "1", kind: "MENTORING", date: "2026-11-02", time: "10:00", durationMinutes: "60", status: "SCHEDULED", cancelledBy: "", learnerNote: NUL, privateNote: "" }, "learnerNote"],
  ["9999-99-99 for a session", planSessionSchema, { learnerId: ID, kind: "MENTORING", date: "9999-99-99", time: "10:00", durationMinutes: "60" }, "date"],
  ["a lone surrogate in a subject", learnerRequestSchema, { topic: "OTHER", idempotencyKey: KEY, subject: LONE, message: "Message" }, "subject"],
  ["a version of 2^31", statusSchema, { id: ID, version: 2 ** 31, status: "NEW" }, "version"],
  ["a NUL in a reassignment reason", reassignSchema, { id: ID, version: 1, target: "LEARNER_ADVISOR", reason: NUL }, "reason"],
  ["a NUL in a first name", createUserSchema, { firstName: NUL, lastName: "B", email: "a@b.fr", role: "ADMIN", locale: "fr", trainingPathId: "", startDate: "", plannedEndDate: "", weeklyCommitment: "", advisorId: "", mentorId: "" }, "firstName"],
  ["a NUL in a new password", setPasswordSchema, { password: `douze caract${NUL}`, confirm: `douze caract${NUL}`, token: "t" }, "password"],
  ["a lone surrogate in a sign-in password", signInSchema, { email: "a@b.fr", password: LONE }, "password"],
];

describe("hostile input is a field error on its field", () => {
  it.each(cases)("%s", (_name, schema, input, field) => {
    const parsed = schema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(Object.keys(fieldErrorsOf(parsed.error!.issues))).toContain(field);
  });

  it("a dashboard search with a NUL is dropped, not sent to PostgreSQL", () => {
    expect(parseCaseloadQuery({ q: NUL }).q).toBeUndefined();
    expect(parseCaseloadQuery({ q: "Durand" }).q).toBe("Durand");
  });
});
