import { describe, expect, it } from "vitest";
import { breakDatesRefusal } from "@/lib/domain/breaks";

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
