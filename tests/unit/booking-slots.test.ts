import { describe, expect, it } from "vitest";
import { freeSlots, insideNotice, minuteOf, slotRefusal, slotsByDay, type BookingRules, type BusyCall } from "@/lib/domain/booking-slots";

const rules = (over: Partial<BookingRules> = {}): BookingRules => ({
  windows: [{ weekday: 2, startMinute: 9 * 60, endMinute: 12 * 60 }],
  exceptions: [],
  durations: { FIRST: 45, FOLLOW_UP: 30 },
  bufferMinutes: 15,
  minNoticeHours: 24,
  horizonDays: 21,
  dailyCap: 6,
  ...over,
});
const iso = (d: Date) => d.toISOString();
const starts = (r: BookingRules, kind: "FIRST" | "FOLLOW_UP", now: string, busy: BusyCall[] = []) => freeSlots(r, kind, busy, new Date(now)).map((s) => iso(s.startsAt));

describe("weekly windows in Paris time", () => {
  // Monday 30 November 2026 08:00 UTC (CET, UTC+1): Tuesday 1 December is more than 24 h away.
  const now = "2026-11-30T08:00:00Z";

  it.each([
    // kind, first slots of Tuesday 1 December (9:00 Paris = 08:00 UTC in winter)
    ["FOLLOW_UP", ["2026-12-01T08:00:00.000Z", "2026-12-01T08:45:00.000Z", "2026-12-01T09:30:00.000Z", "2026-12-01T10:15:00.000Z"]],
    ["FIRST", ["2026-12-01T08:00:00.000Z", "2026-12-01T09:00:00.000Z", "2026-12-01T10:00:00.000Z"]],
  ] as const)("a %s call steps by its length plus the buffer and ends inside the window", (kind, expected) => {
    expect(starts(rules({ horizonDays: 1 }), kind, now)).toEqual(expected);
  });

  it("repeats every week up to the horizon, and not beyond", () => {
    const all = starts(rules({ horizonDays: 15 }), "FIRST", now);
    expect(all).toHaveLength(9); // 1, 8 and 15 December
    expect(all.at(-1)).toBe("2026-12-15T10:00:00.000Z");
    expect(starts(rules({ horizonDays: 14 }), "FIRST", now).at(-1)).toBe("2026-12-08T10:00:00.000Z");
  });
});

describe("daylight saving time", () => {
  it.each([
    // A Tuesday window before and after the spring change: 9:00 Paris is 08:00 UTC, then 07:00 UTC.
    ["before the spring change", "2026-03-23T08:00:00Z", 2, "2026-03-24T08:00:00.000Z"],
    ["after the spring change", "2026-03-30T06:00:00Z", 2, "2026-03-31T07:00:00.000Z"],
    // Autumn: 9:00 Paris is 07:00 UTC on Tuesday 20 October, 08:00 UTC on Tuesday 27 October.
    ["before the autumn change", "2026-10-19T06:00:00Z", 2, "2026-10-20T07:00:00.000Z"],
    ["after the autumn change", "2026-10-26T06:00:00Z", 2, "2026-10-27T08:00:00.000Z"],
  ])("%s, 9:00 stays 9:00 in Paris", (_label, now, horizonDays, first) => {
    expect(starts(rules({ horizonDays }), "FOLLOW_UP", now)[0]).toBe(first);
  });

  const night = (over: Partial<BookingRules> = {}) =>
    rules({ windows: [{ weekday: 7, startMinute: 60, endMinute: 4 * 60 }], bufferMinutes: 0, minNoticeHours: 0, horizonDays: 1, ...over });

  it("Sunday 29 March 2026: a 01:00–04:00 window holds two real hours (02:00–03:00 does not exist)", () => {
    expect(starts(night(), "FOLLOW_UP", "2026-03-28T12:00:00Z")).toEqual([
      "2026-03-29T00:00:00.000Z", // 01:00 CET
      "2026-03-29T00:30:00.000Z", // 01:30 CET
      "2026-03-29T01:00:00.000Z", // 03:00 CEST
      "2026-03-29T01:30:00.000Z", // 03:30 CEST
    ]);
  });

  it("Sunday 25 October 2026: the same window holds four real hours (02:00–03:00 happens twice), no slot overlaps", () => {
    const slots = freeSlots(night(), "FOLLOW_UP", [], new Date("2026-10-24T12:00:00Z"));
    expect(slots).toHaveLength(8);
    expect(iso(slots[0].startsAt)).toBe("2026-10-24T23:00:00.000Z"); // 01:00 CEST
    expect(iso(slots.at(-1)!.endsAt)).toBe("2026-10-25T03:00:00.000Z"); // 04:00 CET
    for (let i = 1; i < slots.length; i += 1) expect(slots[i].startsAt.getTime()).toBeGreaterThanOrEqual(slots[i - 1].endsAt.getTime());
  });

  it("a day's cap counts the calls of the Paris day, 25 hours long on 25 October", () => {
    const busy = [{ startsAt: new Date("2026-10-24T22:30:00Z"), durationMinutes: 15 }]; // 00:30 CEST on the 25th
    expect(starts(night({ dailyCap: 1 }), "FOLLOW_UP", "2026-10-24T12:00:00Z", busy)).toEqual([]);
  });
});

describe("exceptions, buffers, notice, horizon, cap", () => {
  const now = "2026-11-30T08:00:00Z";
  const tuesday = (r: Partial<BookingRules>, busy: BusyCall[] = []) => starts(rules({ horizonDays: 1, ...r }), "FOLLOW_UP", now, busy);

  it.each([
    ["a day off", { exceptions: [{ startDate: "2026-12-01", endDate: "2026-12-01" }] }],
    ["school holidays spanning the day", { exceptions: [{ startDate: "2026-11-28", endDate: "2026-12-06" }] }],
    ["the daily cap reached", { dailyCap: 0 }],
  ])("no slot on %s", (_label, over) => {
    expect(tuesday(over)).toEqual([]);
  });

  it("a public holiday has no slot (Friday 25 December 2026)", () => {
    expect(starts(rules({ windows: [{ weekday: 5, startMinute: 540, endMinute: 600 }], minNoticeHours: 0, horizonDays: 3 }), "FOLLOW_UP", "2026-12-24T08:00:00Z")).toEqual([]);
  });

  it("a scheduled call takes its slots and its buffer on each side", () => {
    // A call 9:50–10:20 Paris: the 9:45 slot overlaps it, the 10:30 one starts within 15 minutes of its end.
    const busy = [{ startsAt: new Date("2026-12-01T08:50:00Z"), durationMinutes: 30 }];
    expect(tuesday({}, busy)).toEqual(["2026-12-01T08:00:00.000Z", "2026-12-01T10:15:00.000Z"]);
  });

  it("the cap counts every scheduled call of the day", () => {
    const busy = [{ startsAt: new Date("2026-12-01T15:00:00Z"), durationMinutes: 30 }];
    expect(tuesday({ dailyCap: 2 }, busy)).toHaveLength(4);
    expect(tuesday({ dailyCap: 1 }, busy)).toEqual([]);
  });

  it("the minimum notice hides the slots too close", () => {
    // Monday 30 November 09:00 UTC + 24 h: the 8:00 UTC slot of Tuesday is 23 h away.
    expect(freeSlots(rules({ horizonDays: 1 }), "FOLLOW_UP", [], new Date("2026-11-30T09:00:00Z")).map((s) => iso(s.startsAt))[0]).toBe("2026-12-01T09:30:00.000Z");
  });
});

describe("slotRefusal: why a chosen time cannot be booked", () => {
  const now = new Date("2026-11-30T08:00:00Z");
  const r = rules();
  const busy = [{ startsAt: new Date("2026-12-01T08:45:00Z"), durationMinutes: 30 }];
  it.each([
    ["a free slot", "2026-12-01T08:00:00Z", null],
    ["a slot taken meanwhile", "2026-12-01T08:45:00Z", "taken"],
    ["a slot inside the notice", "2026-11-30T20:00:00Z", "notice"],
    ["a slot past the horizon", "2026-12-29T08:00:00Z", "horizon"],
    ["a time that is no slot", "2026-12-01T08:10:00Z", "unavailable"],
    ["a Wednesday", "2026-12-02T08:00:00Z", "unavailable"],
  ])("%s", (_label, at, expected) => {
    expect(slotRefusal(r, "FOLLOW_UP", busy, now, new Date(at))).toBe(expected);
  });
});

describe("helpers", () => {
  it.each([
    ["09:00", 540],
    ["24:00", 1440],
    ["24:30", null],
    ["9:00", null],
    ["12:60", null],
  ])("minuteOf(%s) = %s", (time, minute) => {
    expect(minuteOf(time)).toBe(minute);
  });

  it("insideNotice", () => {
    const now = new Date("2026-12-01T08:00:00Z");
    expect(insideNotice(new Date("2026-12-02T07:59:00Z"), 24, now)).toBe(true);
    expect(insideNotice(new Date("2026-12-02T08:00:00Z"), 24, now)).toBe(false);
  });

  it("groups slots by Paris day, a 23:30 UTC slot belonging to the next day", () => {
    const slot = (at: string) => ({ startsAt: new Date(at), endsAt: new Date(at) });
    expect(slotsByDay([slot("2026-12-01T08:00:00Z"), slot("2026-12-01T23:30:00Z")]).map((g) => g.date)).toEqual(["2026-12-01", "2026-12-02"]);
  });
});
