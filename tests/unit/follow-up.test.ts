import { describe, expect, it } from "vitest";
import { closeRefusal, initialChecklist, nextAppointmentKind, type CaseAppointment } from "@/lib/domain/follow-up";
import { filterRows, pageAfter, sortRows, type ViewRow } from "@/lib/domain/caseload-view";
import { notAgreed } from "@/lib/domain/stakeholders";
import { parisDayRange, schoolInstant } from "@/lib/domain/week";
import { scheduleAppointmentSchema } from "@/lib/schemas/follow-up";

describe("nextAppointmentKind", () => {
  const a = (kind: CaseAppointment["kind"], status: CaseAppointment["status"]): CaseAppointment => ({ kind, status });
  it.each([
    ["a new case: the first call", [], "FIRST"],
    ["first call scheduled: nothing more", [a("FIRST", "SCHEDULED")], null],
    ["first call missed: reschedule it", [a("FIRST", "NO_SHOW")], "FIRST"],
    ["first call held: the follow-up", [a("FIRST", "NO_SHOW"), a("FIRST", "HELD")], "FOLLOW_UP"],
    ["follow-up missed: reschedule it", [a("FIRST", "HELD"), a("FOLLOW_UP", "NO_SHOW")], "FOLLOW_UP"],
    ["both held: nothing more", [a("FIRST", "HELD"), a("FOLLOW_UP", "HELD")], null],
  ] as const)("%s", (_name, appointments, expected) => {
    expect(nextAppointmentKind([...appointments])).toBe(expected);
  });
});

describe("closeRefusal", () => {
  it.each([
    [{ outcome: null, nextStep: "Point mensuel" }, "outcome.required"],
    [{ outcome: "BLOCKER_SOLVED", nextStep: "   " }, "nextStep.required"],
    [{ outcome: "BLOCKER_NOT_SOLVED", nextStep: undefined }, "nextStep.required"],
    [{ outcome: "BLOCKER_NOT_SOLVED", nextStep: "Nouvel appel dans un mois" }, null],
  ] as const)("%j → %s", (input, expected) => {
    expect(closeRefusal(input)).toBe(expected);
  });

  it("only end-of-training cases carry the next-steps checklist", () => {
    expect(initialChecklist("END_OF_TRAINING")?.every((item) => !item.done)).toBe(true);
    expect(initialChecklist("CHECK_IN")).toBeNull();
  });
});

describe("stakeholder sharing", () => {
  it.each([
    [["PROGRESS"], ["PROGRESS"], []],
    [["PROGRESS"], ["PROGRESS", "HEALTH"], ["HEALTH"]],
    [[], ["RQTH"], ["RQTH"]],
    [["HEALTH", "RQTH"], ["HEALTH", "RQTH"], []],
  ] as const)("agreed %j, shared %j → refused %j", (agreed, shared, refused) => {
    expect(notAgreed(agreed, shared)).toEqual(refused);
  });
});

describe("Paris wall-clock time", () => {
  it.each([
    ["2026-03-27", "10:00", "2026-03-27T09:00:00.000Z"], // winter time, UTC+1
    ["2026-03-30", "10:00", "2026-03-30T08:00:00.000Z"], // summer time, UTC+2
    ["2026-10-26", "09:30", "2026-10-26T08:30:00.000Z"], // back to winter time
  ])("%s %s in Paris is %s", (date, time, iso) => {
    expect(schoolInstant(date, time)?.toISOString()).toBe(iso);
  });

  it("a day the calendar does not have is refused, not moved to the next month", () => {
    const input = { caseId: "c1", time: "10:00", durationMinutes: "30" };
    expect(schoolInstant("2026-02-30", "10:00")).toBeNull();
    expect(scheduleAppointmentSchema.safeParse({ ...input, date: "2026-02-30" }).success).toBe(false);
    expect(scheduleAppointmentSchema.safeParse({ ...input, date: "2026-02-28" }).success).toBe(true);
  });

  it("the day of the spring change is 23 hours long", () => {
    const { start, end } = parisDayRange(new Date("2026-03-29T12:00:00Z"));
    expect((end.getTime() - start.getTime()) / 3_600_000).toBe(23);
  });
});

describe("caseload view", () => {
  const row = (id: string, o: Partial<ViewRow>): ViewRow => ({
    id,
    firstName: "A",
    lastName: id,
    pathId: "p1",
    mentorId: "m1",
    level: "NONE",
    reasons: [],
    lateWeeks: 0,
    sessionsThisWeek: 1,
    onBreak: false,
    lastHeldAt: null,
    ...o,
  });
  const rows = [
    row("Zola", { level: "HIGH", reasons: ["CONSECUTIVE_NO_SHOWS"] }),
    row("Bernard", { level: "MEDIUM", reasons: ["LATE_ON_PATH"], lateWeeks: 4, pathId: "p2" }),
    row("Émile", { level: "HIGH", reasons: ["DROPOUT_RISK_ALERT", "LATE_ON_PATH"], lateWeeks: 3, mentorId: "m2" }),
    row("Adam", {}),
  ];

  it("needs attention first: level, then number of reasons, then name", () => {
    expect(sortRows(rows, "attention").map((r) => r.id)).toEqual(["Émile", "Zola", "Bernard", "Adam"]);
  });

  it("filters by risk, reason, path, mentor and a name without accents", () => {
    expect(filterRows(rows, { risk: "HIGH" }).map((r) => r.id)).toEqual(["Zola", "Émile"]);
    expect(filterRows(rows, { reason: "LATE_ON_PATH" }).map((r) => r.id)).toEqual(["Bernard", "Émile"]);
    expect(filterRows(rows, { pathId: "p2" }).map((r) => r.id)).toEqual(["Bernard"]);
    expect(filterRows(rows, { mentorId: "m2" }).map((r) => r.id)).toEqual(["Émile"]);
    expect(filterRows(rows, { q: "emile" }).map((r) => r.id)).toEqual(["Émile"]);
  });

  it("pages after the last row seen", () => {
    const sorted = sortRows(rows, "name");
    const first = pageAfter(sorted, undefined, 2);
    expect(first.items.map((r) => r.id)).toEqual(["Adam", "Bernard"]);
    const second = pageAfter(sorted, first.nextCursor!, 2);
    expect(second).toEqual({ items: [sorted[2], sorted[3]], nextCursor: null });
  });
});
