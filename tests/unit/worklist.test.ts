import { describe, expect, it } from "vitest";
import { FIRST_VISIT_LOOKBACK_MS, VISIT_GAP_MS, nextVisit, secondCallState, todayAndTomorrow } from "@/lib/domain/worklist";
import { filterRows, type ViewRow } from "@/lib/domain/caseload-view";

const at = (iso: string) => new Date(iso);

describe("the worklist's visits", () => {
  it("a first visit shows the last day", () => {
    const now = at("2026-12-03T08:00:00Z");
    expect(nextVisit(null, now)).toEqual({ sinceAt: new Date(now.getTime() - FIRST_VISIT_LOOKBACK_MS), lastSeenAt: now });
  });

  it("page loads less than an hour apart keep the visit's start", () => {
    const previous = { sinceAt: at("2026-12-02T17:00:00Z"), lastSeenAt: at("2026-12-03T08:00:00Z") };
    const now = new Date(previous.lastSeenAt.getTime() + VISIT_GAP_MS - 1);
    expect(nextVisit(previous, now)).toEqual({ sinceAt: previous.sinceAt, lastSeenAt: now });
  });

  it("after an hour away, the new visit starts where the last one ended", () => {
    const previous = { sinceAt: at("2026-12-02T17:00:00Z"), lastSeenAt: at("2026-12-03T08:00:00Z") };
    const now = new Date(previous.lastSeenAt.getTime() + VISIT_GAP_MS);
    expect(nextVisit(previous, now)).toEqual({ sinceAt: previous.lastSeenAt, lastSeenAt: now });
  });
});

describe("calls today and tomorrow", () => {
  it("covers two Paris days, from midnight", () => {
    const range = todayAndTomorrow(at("2026-12-03T22:30:00Z")); // 23:30 in Paris
    expect(range.start.toISOString()).toBe("2026-12-02T23:00:00.000Z");
    expect(range.tomorrowStart.toISOString()).toBe("2026-12-03T23:00:00.000Z");
    expect(range.end.toISOString()).toBe("2026-12-04T23:00:00.000Z");
  });

  it("holds across the autumn change (a 25-hour day)", () => {
    const range = todayAndTomorrow(at("2026-10-24T10:00:00Z"));
    expect((range.end.getTime() - range.start.getTime()) / 3_600_000).toBe(49);
  });
});

describe("cases waiting for their second call", () => {
  const d = at("2026-12-05T10:00:00Z");
  it.each([
    ["no call yet", [], { waiting: false }],
    ["first call booked only", [{ kind: "FIRST", status: "SCHEDULED", startsAt: d }], { waiting: false }],
    ["first call held, nothing booked", [{ kind: "FIRST", status: "HELD", startsAt: d }], { waiting: true, bookedAt: null }],
    [
      "first held, follow-up booked",
      [
        { kind: "FIRST", status: "HELD", startsAt: d },
        { kind: "FOLLOW_UP", status: "CANCELLED", startsAt: d },
        { kind: "FOLLOW_UP", status: "SCHEDULED", startsAt: d },
      ],
      { waiting: true, bookedAt: d },
    ],
    [
      "both held",
      [
        { kind: "FIRST", status: "HELD", startsAt: d },
        { kind: "FOLLOW_UP", status: "HELD", startsAt: d },
      ],
      { waiting: false },
    ],
  ] as const)("%s", (_, calls, expected) => {
    expect(secondCallState([...calls])).toEqual(expected);
  });
});

describe("a tile's rows", () => {
  const row = (id: string, o: Partial<ViewRow>): ViewRow => ({
    id,
    firstName: "A",
    lastName: id,
    pathId: "p",
    mentorId: null,
    level: "NONE",
    reasons: [],
    lateWeeks: 0,
    lastHeldAt: null,
    sessionsThisWeek: 1,
    onBreak: false,
    ...o,
  });
  const rows = [row("a", { level: "HIGH" }), row("b", { level: "MEDIUM", sessionsThisWeek: 0 }), row("c", { sessionsThisWeek: 0, onBreak: true }), row("d", {})];
  it("at risk: any level but none", () => expect(filterRows(rows, { only: "atRisk" }).map((r) => r.id)).toEqual(["a", "b"]));
  it("no session this week, outside a break", () => expect(filterRows(rows, { only: "noSession" }).map((r) => r.id)).toEqual(["b"]));
});
