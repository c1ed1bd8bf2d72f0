import { describe, expect, it } from "vitest";
import { assessRisk, daysWithoutSession, levelOf, type RiskFacts, type RiskReason } from "@/lib/domain/risk";
import { progressOf } from "@/lib/domain/progress";

const NOW = new Date("2026-11-26T12:00:00Z"); // Thursday
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const at = (iso: string) => new Date(iso);

const BASE: RiskFacts = {
  now: NOW,
  trainingStart: day("2026-09-01"),
  lastHeldAt: at("2026-11-24T09:00:00Z"),
  noShowsSinceLastHeld: 0,
  onBreak: false,
  lastBreakEnd: null,
  progress: { status: "ON_TIME", weeks: 0 },
  openDropoutAlert: false,
  openCommitmentSignal: false,
  openAttendanceSignal: false,
  missedCallsSinceLastHeld: 0,
};

describe("assessRisk", () => {
  const cases: [string, Partial<RiskFacts>, RiskReason[], string][] = [
    ["a regular learner", {}, [], "NONE"],
    ["13 days without a session: not yet", { lastHeldAt: at("2026-11-13T13:00:00Z") }, [], "NONE"],
    ["exactly 14 days without a session", { lastHeldAt: at("2026-11-12T12:00:00Z") }, ["NO_SESSION_14_DAYS"], "MEDIUM"],
    ["never a session, started 3 weeks ago", { lastHeldAt: null, trainingStart: day("2026-11-05") }, ["NO_SESSION_14_DAYS"], "MEDIUM"],
    ["never a session, started 10 days ago", { lastHeldAt: null, trainingStart: day("2026-11-16") }, [], "NONE"],
    ["one no-show", { noShowsSinceLastHeld: 1 }, [], "NONE"],
    ["two no-shows in a row", { noShowsSinceLastHeld: 2 }, ["CONSECUTIVE_NO_SHOWS"], "HIGH"],
    ["late by exactly two weeks: not more than two", { progress: { status: "LATE", weeks: 2 } }, [], "NONE"],
    ["late by three weeks", { progress: { status: "LATE", weeks: 3 } }, ["LATE_ON_PATH"], "MEDIUM"],
    ["ahead by three weeks", { progress: { status: "AHEAD", weeks: 3 } }, [], "NONE"],
    ["an open dropout-risk alert alone", { openDropoutAlert: true }, ["DROPOUT_RISK_ALERT"], "HIGH"],
    ["an open commitment signal", { openCommitmentSignal: true }, ["COMMITMENT_SIGNAL"], "MEDIUM"],
    ["one missed call with the advisor", { missedCallsSinceLastHeld: 1 }, ["MISSED_CALLS"], "MEDIUM"],
    ["two missed calls: still one reason", { missedCallsSinceLastHeld: 2 }, ["MISSED_CALLS"], "MEDIUM"],
    ["a missed call and two no-shows", { missedCallsSinceLastHeld: 1, noShowsSinceLastHeld: 2 }, ["CONSECUTIVE_NO_SHOWS", "MISSED_CALLS"], "HIGH"],
    ["a missed call during an approved break: suspended", { missedCallsSinceLastHeld: 1, onBreak: true }, [], "NONE"],
    [
      "late and an attendance signal: two reasons",
      { progress: { status: "LATE", weeks: 4 }, openAttendanceSignal: true },
      ["LATE_ON_PATH", "ATTENDANCE_SIGNAL"],
      "HIGH",
    ],
    [
      "on an approved break: attendance reasons suspended",
      { onBreak: true, lastHeldAt: at("2026-10-01T09:00:00Z"), noShowsSinceLastHeld: 3, openCommitmentSignal: true, openAttendanceSignal: true },
      [],
      "NONE",
    ],
    [
      "on a break, but late and with a dropout alert: those stay",
      { onBreak: true, progress: { status: "LATE", weeks: 5 }, openDropoutAlert: true },
      ["DROPOUT_RISK_ALERT", "LATE_ON_PATH"],
      "HIGH",
    ],
    [
      "break ended 5 days ago, last session 4 weeks ago: the clock restarts after the break",
      { lastHeldAt: at("2026-10-29T09:00:00Z"), lastBreakEnd: day("2026-11-20") },
      [],
      "NONE",
    ],
    [
      "break ended 15 days ago with no session since",
      { lastHeldAt: at("2026-10-01T09:00:00Z"), lastBreakEnd: day("2026-11-10") },
      ["NO_SESSION_14_DAYS"],
      "MEDIUM",
    ],
  ];
  it.each(cases)("%s", (_name, facts, reasons, level) => {
    expect(assessRisk({ ...BASE, ...facts })).toEqual({ reasons, level });
  });
});

describe("daysWithoutSession across week edges", () => {
  it.each([
    // Sunday 23:30 Paris (22:30 UTC) to the following Sunday 23:30: 7 days.
    [at("2026-11-15T22:30:00Z"), at("2026-11-22T22:30:00Z"), 7],
    // Across the end of daylight saving time (25 October 2026): still whole days.
    [at("2026-10-20T10:00:00Z"), at("2026-11-03T10:00:00Z"), 14],
    [at("2026-11-25T10:00:00Z"), at("2026-11-25T09:00:00Z"), 0],
  ])("from %s to %s: %i days", (lastHeldAt, now, days) => {
    expect(daysWithoutSession({ now, lastHeldAt, trainingStart: day("2026-01-05"), lastBreakEnd: null })).toBe(days);
  });
});

describe("levelOf", () => {
  it.each([
    [[], "NONE"],
    [["LATE_ON_PATH"], "MEDIUM"],
    [["CONSECUTIVE_NO_SHOWS"], "HIGH"],
    [["LATE_ON_PATH", "NO_SESSION_14_DAYS"], "HIGH"],
  ] as [RiskReason[], string][])("%j → %s", (reasons, level) => {
    expect(levelOf(reasons)).toBe(level);
  });
});

describe("progressOf", () => {
  const today = day("2026-11-26");
  it.each([
    ["nothing overdue, nothing ahead", { firstIncompletePlanned: day("2026-12-10"), lastCompletedPlanned: day("2026-11-20") }, "ON_TIME", 0],
    ["overdue by 6 days: still on time", { firstIncompletePlanned: day("2026-11-20"), lastCompletedPlanned: null }, "ON_TIME", 0],
    ["overdue by exactly one week", { firstIncompletePlanned: day("2026-11-19"), lastCompletedPlanned: null }, "LATE", 1],
    ["overdue by 20 days", { firstIncompletePlanned: day("2026-11-06"), lastCompletedPlanned: null }, "LATE", 2],
    ["done a project planned in 15 days", { firstIncompletePlanned: day("2027-01-10"), lastCompletedPlanned: day("2026-12-11") }, "AHEAD", 2],
    ["everything done", { firstIncompletePlanned: null, lastCompletedPlanned: day("2026-11-01") }, "ON_TIME", 0],
    ["no milestones", { firstIncompletePlanned: null, lastCompletedPlanned: null }, "ON_TIME", 0],
  ] as const)("%s", (_name, input, status, weeks) => {
    expect(progressOf(input, today)).toEqual({ status, weeks });
  });
});
