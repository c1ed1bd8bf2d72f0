import { describe, expect, it } from "vitest";
import { cancelCall, pastCallRefusal, recordRefusal, rescheduleCall } from "@/lib/domain/appointments";
import { schoolInstant } from "@/lib/domain/week";

const at = (date: string, time: string) => schoolInstant(date, time)!;
const utc = (iso: string) => new Date(iso);

describe("recording a call held or no-show", () => {
  it.each([
    // call (Paris)                   now (UTC)                 answer
    [["2026-03-29", "10:00"], "2026-03-29T07:59:59Z", "notYet"], // 10:00 Paris is 08:00Z after the spring change
    [["2026-03-29", "10:00"], "2026-03-29T08:00:00Z", null],
    [["2026-03-29", "03:30"], "2026-03-29T01:29:00Z", "notYet"], // 03:30 summer time is 01:30Z
    [["2026-10-25", "10:00"], "2026-10-25T08:30:00Z", "notYet"], // 09:30 Paris, winter time again: still before
    [["2026-10-25", "10:00"], "2026-10-25T09:00:00Z", null],
    [["2026-10-24", "10:00"], "2026-10-24T08:00:00Z", null], // summer time the day before (UTC+2)
  ] as const)("a call at %j, recorded at %s: %s", ([date, time], now, answer) => {
    expect(recordRefusal({ status: "SCHEDULED", startsAt: at(date, time) }, utc(now))).toBe(answer);
  });

  it.each(["HELD", "NO_SHOW", "CANCELLED"] as const)("a call already %s cannot be recorded again", (status) => {
    expect(recordRefusal({ status, startsAt: at("2026-03-01", "10:00") }, utc("2026-03-02T10:00:00Z"))).toBe("conflict");
  });
});

describe("logging a call that already took place", () => {
  it.each([
    // call (Paris)          now (UTC)                answer
    [["2026-04-12", "10:01"], "2026-04-12T08:00:00Z", "future"],
    [["2026-04-12", "10:00"], "2026-04-12T08:00:00Z", null],
    // 14 Paris days back across the spring change: 29 March 00:30 is still in, 28 March 23:30 is not.
    [["2026-03-29", "00:30"], "2026-04-12T08:00:00Z", null],
    [["2026-03-28", "23:30"], "2026-04-12T08:00:00Z", "tooOld"],
    // Across the autumn change: 25 October 00:30 (UTC+2) is in on 8 November, 24 October 23:59 is not.
    [["2026-10-25", "00:30"], "2026-11-08T22:59:00Z", null],
    [["2026-10-24", "23:59"], "2026-11-08T09:00:00Z", "tooOld"],
    // Just after Paris midnight of 9 November, 25 October becomes 15 days back.
    [["2026-10-25", "00:30"], "2026-11-08T23:00:00Z", "tooOld"],
  ] as const)("a call at %j logged at %s: %s", ([date, time], now, answer) => {
    expect(pastCallRefusal(at(date, time), utc(now))).toBe(answer);
  });
});

describe("rescheduling and cancelling", () => {
  const call = { status: "SCHEDULED" as const, startsAt: at("2026-10-26", "10:00"), icsSequence: 2 };
  const now = at("2026-10-25", "09:00");

  it.each([
    // new time (Paris)        answer
    [["2026-10-27", "10:00"], { startsAt: at("2026-10-27", "10:00"), icsSequence: 3 }],
    [["2026-10-25", "08:59"], { refusal: "past" }],
    [["2026-10-25", "09:00"], { refusal: "past" }],
  ] as const)("moved to %j: %j", ([date, time], answer) => {
    expect(rescheduleCall(call, at(date, time), now)).toEqual(answer);
  });

  it.each([
    ["a call that has started", { ...call, startsAt: at("2026-10-25", "08:30") }],
    ["a call cancelled", { ...call, status: "CANCELLED" as const }],
    ["a call held", { ...call, status: "HELD" as const }],
  ])("%s can neither move nor be cancelled", (_label, a) => {
    expect(rescheduleCall(a, at("2026-10-30", "10:00"), now)).toEqual({ refusal: "conflict" });
    expect(cancelCall(a, now)).toEqual({ refusal: "conflict" });
  });

  it("a cancellation is the same event one sequence up", () => {
    expect(cancelCall(call, now)).toEqual({ status: "CANCELLED", icsSequence: 3 });
  });
});
