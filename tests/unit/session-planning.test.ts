import { describe, expect, it } from "vitest";
import { breakDuring, overlappingSession, pastSessionRefusal, planTimeRefusal } from "@/lib/domain/session-planning";
import { schoolInstant } from "@/lib/domain/week";

const at = (date: string, time: string) => schoolInstant(date, time)!;
const slot = (date: string, time: string, durationMinutes = 45) => ({ scheduledAt: at(date, time), durationMinutes });
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("overlap with the mentor's other sessions", () => {
  const busy = [{ id: "s1", ...slot("2026-12-03", "18:00", 60) }];
  it.each([
    // new session              overlaps
    [slot("2026-12-03", "18:00"), "s1"],
    [slot("2026-12-03", "18:30"), "s1"],
    [slot("2026-12-03", "17:30"), "s1"], // 17:30–18:15
    [slot("2026-12-03", "17:00", 120), "s1"], // wraps it
    [slot("2026-12-03", "17:15"), null], // ends 18:00 as the other starts
    [slot("2026-12-03", "19:00"), null], // starts as the other ends
    [slot("2026-12-04", "18:00"), null],
  ])("%o → %s", (candidate, expected) => {
    expect(overlappingSession(candidate, busy)?.id ?? null).toBe(expected);
  });

  it("the session being edited is not its own overlap", () => {
    expect(overlappingSession(slot("2026-12-03", "18:15"), busy, "s1")).toBeNull();
  });

  it("across the autumn DST change, wall-clock times are compared as instants", () => {
    // 25 Oct 2026: 03:00 CEST becomes 02:00 CET. 01:30 + 90 min ends at 02:00 CET (the second 02:00).
    const night = [{ id: "n", scheduledAt: new Date("2026-10-25T00:30:00Z"), durationMinutes: 90 }]; // 02:30 CEST → 02:00 CET
    expect(overlappingSession({ scheduledAt: new Date("2026-10-25T01:00:00Z"), durationMinutes: 30 }, night)?.id).toBe("n"); // 02:00 CET
    expect(overlappingSession({ scheduledAt: new Date("2026-10-25T02:00:00Z"), durationMinutes: 30 }, night)).toBeNull(); // 03:00 CET
  });
});

describe("the learner's approved break", () => {
  const breaks = [{ startDate: day("2026-12-07"), endDate: day("2026-12-11") }];
  it.each([
    [slot("2026-12-07", "00:00"), true], // first day, Paris midnight (23:00Z the day before)
    [slot("2026-12-11", "23:30"), true], // last day, late evening (22:30Z)
    [slot("2026-12-06", "23:30", 60), true], // runs into the first day
    [slot("2026-12-06", "22:00", 60), false], // ends at midnight, as the break starts
    [slot("2026-12-12", "00:00"), false], // the day after (23:00Z on the 11th)
    [slot("2026-12-09", "10:00"), true],
  ])("%o inside: %s", (candidate, inside) => {
    expect(breakDuring(candidate, breaks) !== null).toBe(inside);
  });

  it("in summer time too (UTC+2)", () => {
    const summer = [{ startDate: day("2026-07-01"), endDate: day("2026-07-01") }];
    expect(breakDuring({ scheduledAt: new Date("2026-06-30T22:30:00Z"), durationMinutes: 30 }, summer)).not.toBeNull(); // 00:30 on 1 July
    expect(breakDuring({ scheduledAt: new Date("2026-06-30T21:30:00Z"), durationMinutes: 30 }, summer)).toBeNull(); // 23:30 on 30 June
  });
});

describe("planning in the past, logging after the fact", () => {
  const now = new Date("2026-12-02T09:00:00Z"); // 10:00 Paris, Wednesday
  it.each([
    [slot("2026-12-02", "10:00"), null],
    [slot("2026-12-02", "09:59"), "past"],
    [slot("2026-12-01", "18:00"), "past"],
    [slot("2026-12-02", "10:01"), null],
  ])("planning %o → %s", (candidate, refusal) => {
    expect(planTimeRefusal(candidate, now)).toBe(refusal);
  });

  it.each([
    [slot("2026-12-02", "10:00"), null], // has just started
    [slot("2026-12-02", "10:01"), "notYet"],
    [slot("2026-11-18", "00:00"), null], // 14 Paris days back, at midnight
    [slot("2026-11-17", "23:59"), "tooOld"],
  ])("logging %o → %s", (candidate, refusal) => {
    expect(pastSessionRefusal(candidate, now)).toBe(refusal);
  });

  it("counts Paris calendar days across the spring change (a 23-hour day)", () => {
    const april = new Date("2026-04-10T08:00:00Z"); // 10:00 CEST
    expect(pastSessionRefusal(slot("2026-03-27", "09:00"), april)).toBeNull(); // 14 days back, before the change
    expect(pastSessionRefusal(slot("2026-03-26", "23:00"), april)).toBe("tooOld");
    // Just after Paris midnight the new day counts: 00:30 on 11 April makes 27 March 15 days back.
    expect(pastSessionRefusal(slot("2026-03-27", "09:00"), new Date("2026-04-10T22:30:00Z"))).toBe("tooOld");
  });
});
