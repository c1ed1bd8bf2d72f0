import { describe, expect, it } from "vitest";
import { breakCascade, breakDatesRefusal, breakWindow, defenceDuringBreak } from "@/lib/domain/breaks";

describe("break dates against today", () => {
  it.each([
    // start         end           today         confirmed  answer
    ["2026-09-01", "2026-09-10", "2026-12-01", true, { field: "endDate", key: "break.past" }],
    ["2026-11-20", "2026-11-30", "2026-12-01", false, { field: "endDate", key: "break.past" }],
    ["2026-11-20", "2026-12-01", "2026-12-01", false, { field: "confirmPastStart", key: "break.confirmPastStart" }],
    ["2026-11-20", "2026-12-01", "2026-12-01", true, null],
    // exactly 7 days back: no confirmation asked; 8 days: asked.
    ["2026-11-24", "2026-12-05", "2026-12-01", false, null],
    ["2026-11-23", "2026-12-05", "2026-12-01", false, { field: "confirmPastStart", key: "break.confirmPastStart" }],
    // across the autumn change (25 October 2026): calendar days, not hours.
    ["2026-10-25", "2026-11-05", "2026-11-01", false, null],
    ["2026-10-24", "2026-11-05", "2026-11-01", false, { field: "confirmPastStart", key: "break.confirmPastStart" }],
    ["2026-12-02", "2026-12-20", "2026-12-01", false, null],
  ] as const)("%s → %s on %s (confirmed: %s)", (startDate, endDate, today, confirmed, answer) => {
    expect(breakDatesRefusal({ startDate, endDate }, today, confirmed)).toEqual(answer);
  });
});

describe("what an approved break does to planned sessions", () => {
  const day = (s: string) => new Date(`${s}T00:00:00Z`);
  const brk = { startDate: day("2026-10-20"), endDate: day("2026-10-25") };
  const session = (id: string, kind: "MENTORING" | "DEFENCE", at: string, status: "SCHEDULED" | "HELD" | "CANCELLED" = "SCHEDULED") => ({
    id,
    kind,
    status,
    scheduledAt: new Date(at),
  });

  it("covers Paris days: from the first day's midnight to the one after the last day, across the DST change", () => {
    // 25 October 2026: clocks go back; Paris midnight of the 20th is 22:00Z on the 19th, of the 26th is 23:00Z on the 25th.
    expect(breakWindow(brk)).toEqual({ start: new Date("2026-10-19T22:00:00Z"), end: new Date("2026-10-25T23:00:00Z") });
  });

  it.each([
    ["the evening before the first day (Paris)", "2026-10-19T21:59:00Z", false],
    ["the first minute of the first day", "2026-10-19T22:00:00Z", true],
    ["the last evening of the last day", "2026-10-25T22:59:00Z", true],
    ["the first minute after the last day", "2026-10-25T23:00:00Z", false],
  ])("a mentoring session %s is cancelled: %s", (_label, at, cancelled) => {
    expect(breakCascade([session("s", "MENTORING", at)], brk).cancel).toEqual(cancelled ? ["s"] : []);
  });

  it("flags a planned defence inside the break instead of cancelling it; sessions already held or cancelled are left alone", () => {
    const sessions = [
      session("m1", "MENTORING", "2026-10-21T08:00:00Z"),
      session("d1", "DEFENCE", "2026-10-22T08:00:00Z"),
      session("held", "MENTORING", "2026-10-20T08:00:00Z", "HELD"),
      session("gone", "MENTORING", "2026-10-23T08:00:00Z", "CANCELLED"),
      session("after", "MENTORING", "2026-10-27T08:00:00Z"),
    ];
    expect(breakCascade(sessions, brk)).toEqual({ cancel: ["m1"], defences: ["d1"] });
    expect(defenceDuringBreak(sessions[1]!, [brk])).toBe(true);
    expect(defenceDuringBreak(sessions[0]!, [brk])).toBe(false);
    expect(defenceDuringBreak(session("d2", "DEFENCE", "2026-10-27T08:00:00Z"), [brk])).toBe(false);
    expect(defenceDuringBreak(session("d3", "DEFENCE", "2026-10-22T08:00:00Z", "HELD"), [brk])).toBe(false);
  });
});
