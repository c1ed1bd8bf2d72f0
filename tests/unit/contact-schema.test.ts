import { describe, expect, it } from "vitest";
import { learnerRequestSchema, mentorAlertSchema } from "@/lib/schemas/contact";

const KEY = "3f0c1c0e-8a4b-4d3c-9a53-0b8f8c6f2a11";
const base = { idempotencyKey: KEY, subject: "Objet", message: "Message" };

function firstIssue(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return result.success || !result.error ? null : [result.error.issues[0].path.join("."), result.error.issues[0].message];
}

describe("learner request schema", () => {
  it.each([
    ["a valid extra-sessions request", { topic: "EXTRA_SESSIONS", ...base, sessionCount: "2" }, null],
    ["no topic", { ...base }, ["topic", "topic"]],
    ["a mentor topic", { topic: "PLAGIARISM", ...base }, ["topic", "topic"]],
    ["the mentor's catch-all", { topic: "MENTOR_OTHER", ...base }, ["topic", "topic"]],
    ["a blank subject", { topic: "OTHER", ...base, subject: "   " }, ["subject", "required"]],
    ["a line break in the subject", { topic: "OTHER", ...base, subject: "Objet\r\nBcc: x" }, ["subject", "controlChars"]],
    ["a tab in the subject", { topic: "OTHER", ...base, subject: "a\tb" }, ["subject", "controlChars"]],
    ["a subject of 121 characters", { topic: "OTHER", ...base, subject: "x".repeat(121) }, ["subject", "tooLong"]],
    ["line breaks in the message", { topic: "OTHER", ...base, message: "Ligne 1\nLigne 2\r\nLigne 3" }, null],
    ["a NUL in the message", { topic: "OTHER", ...base, message: "a\u0000b" }, ["message", "controlChars"]],
    ["a message of 4001 characters", { topic: "OTHER", ...base, message: "x".repeat(4001) }, ["message", "tooLong"]],
    ["extra sessions without a count", { topic: "EXTRA_SESSIONS", ...base }, ["sessionCount", "required"]],
    ["extra sessions, 9 of them", { topic: "EXTRA_SESSIONS", ...base, sessionCount: "9" }, ["sessionCount", "required"]],
    ["a break without a kind", { topic: "BREAK_REQUEST", ...base, startDate: "2026-12-01", endDate: "2026-12-02" }, ["breakKind", "required"]],
    ["a break ending before it starts", { topic: "BREAK_REQUEST", ...base, breakKind: "ILLNESS", startDate: "2026-12-10", endDate: "2026-12-02" }, ["endDate", "dateOrder"]],
    ["a break on 31 February", { topic: "BREAK_REQUEST", ...base, breakKind: "OTHER", startDate: "2026-02-31", endDate: "2026-03-02" }, ["startDate", "date"]],
    ["a one-day break", { topic: "BREAK_REQUEST", ...base, breakKind: "HOLIDAYS", startDate: "2026-12-10", endDate: "2026-12-10" }, null],
    ["RQTH without the accommodation", { topic: "RQTH", ...base }, ["accommodation", "required"]],
    ["extra resources without a project", { topic: "EXTRA_RESOURCES", ...base, project: "" }, null],
    ["a forged idempotency key", { topic: "OTHER", ...base, idempotencyKey: "1" }, ["idempotencyKey", "idempotency"]],
  ])("%s", (_, input, expected) => {
    expect(firstIssue(learnerRequestSchema.safeParse(input))).toEqual(expected);
  });

  it("keeps text as typed (no trimming) and drops fields the topic does not ask for", () => {
    const parsed = learnerRequestSchema.parse({ topic: "OTHER", ...base, subject: "  Objet  ", sessionCount: "2", learnerId: "x" });
    expect(parsed).toEqual({ topic: "OTHER", ...base, subject: "  Objet  " });
  });
});

describe("mentor alert schema", () => {
  const alert = { ...base, learnerId: "clx1234abcd" };
  it.each([
    ["a valid dropout-risk alert", { topic: "DISENGAGEMENT_RISK", ...alert }, null],
    ["no learner", { topic: "DISRESPECT", ...base }, ["learnerId", "learner"]],
    ["a learner topic", { topic: "EXTRA_SESSIONS", ...alert }, ["topic", "topic"]],
    ["an absence without dates", { topic: "UPCOMING_ABSENCE", ...alert, absenceKind: "HOSPITAL" }, ["startDate", "required"]],
    ["an absence of 200 days", { topic: "UPCOMING_ABSENCE", ...alert, absenceKind: "BEREAVEMENT", startDate: "2026-01-01", endDate: "2026-07-20" }, ["endDate", "dateSpan"]],
    ["plagiarism without the project", { topic: "PLAGIARISM", ...alert, evidence: "Copie" }, ["project", "required"]],
    ["plagiarism with project and evidence", { topic: "PLAGIARISM", ...alert, project: "P4", evidence: "Copie du dépôt" }, null],
    ["another situation, subject and message only", { topic: "MENTOR_OTHER", ...alert }, null],
    ["another situation without a message", { topic: "MENTOR_OTHER", ...alert, message: "" }, ["message", "required"]],
  ])("%s", (_, input, expected) => {
    expect(firstIssue(mentorAlertSchema.safeParse(input))).toEqual(expected);
  });
});
