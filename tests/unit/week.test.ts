import { describe, expect, it } from "vitest";
import { isoWeekKey, isoWeekRange } from "@/lib/domain/week";

describe("ISO weeks in Europe/Paris", () => {
  it.each([
    // instant (UTC)                 week key     week starts (UTC) = Monday 00:00 Paris
    ["2026-11-29T12:00:00Z", "2026-W48", "2026-11-22T23:00:00.000Z"],
    // Sunday 23:30 UTC is already Monday 00:30 in Paris (winter, UTC+1): next week.
    ["2026-11-29T23:30:00Z", "2026-W49", "2026-11-29T23:00:00.000Z"],
    // Summer time (UTC+2).
    ["2026-07-06T00:30:00Z", "2026-W28", "2026-07-05T22:00:00.000Z"],
    // The week of the spring change (29 March 2026): starts in winter time.
    ["2026-03-29T12:00:00Z", "2026-W13", "2026-03-22T23:00:00.000Z"],
    // ISO week-year differs from the calendar year.
    ["2027-01-01T12:00:00Z", "2026-W53", "2026-12-27T23:00:00.000Z"],
  ])("%s is in %s starting %s", (at, key, start) => {
    expect(isoWeekKey(new Date(at))).toBe(key);
    expect(isoWeekRange(new Date(at)).start.toISOString()).toBe(start);
  });

  it("a week across the autumn change lasts 169 hours", () => {
    const { start, end } = isoWeekRange(new Date("2026-10-25T12:00:00Z"));
    expect((end.getTime() - start.getTime()) / 3_600_000).toBe(169);
  });
});
