import { describe, expect, it } from "vitest";
import { addWorkingHours, slaDueDates, slaState } from "@/lib/domain/sla";

// Paris is UTC+1 in winter, UTC+2 in summer.
describe("addWorkingHours (Mon–Fri 9:00–17:00 Europe/Paris)", () => {
  it.each([
    // start (UTC)              hours  due (UTC)                  why
    ["2026-11-24T09:00:00Z", 4, "2026-11-24T13:00:00.000Z", "Tuesday 10:00 Paris + 4 h"],
    ["2026-11-24T14:00:00Z", 4, "2026-11-25T10:00:00.000Z", "Tuesday 15:00: 2 h today, 2 h Wednesday from 9:00"],
    ["2026-11-24T05:00:00Z", 1, "2026-11-24T09:00:00.000Z", "before opening: counts from 9:00"],
    ["2026-11-24T19:00:00Z", 1, "2026-11-25T09:00:00.000Z", "after closing: counts from the next morning"],
    ["2026-11-27T15:00:00Z", 4, "2026-11-30T11:00:00.000Z", "Friday 16:00: 1 h, then Monday 9:00 + 3 h"],
    ["2026-11-28T10:00:00Z", 4, "2026-11-30T12:00:00.000Z", "Saturday: Monday 9:00 + 4 h"],
    ["2026-11-29T22:30:00Z", 2, "2026-11-30T10:00:00.000Z", "Sunday 23:30 Paris: Monday 9:00 + 2 h"],
    ["2026-11-24T09:00:00Z", 16, "2026-11-26T09:00:00.000Z", "two working days"],
    ["2026-03-27T15:00:00Z", 2, "2026-03-30T08:00:00.000Z", "Friday 16:00 winter to Monday 10:00 summer time"],
    ["2026-10-23T14:00:00Z", 4, "2026-10-26T11:00:00.000Z", "Friday 16:00 summer to Monday 12:00 winter time"],
  ])("%s + %s h → %s (%s)", (start, hours, due) => {
    expect(addWorkingHours(new Date(start), hours).toISOString()).toBe(due);
  });
});

describe("SLA targets", () => {
  it.each([
    ["URGENT", "2026-11-24T13:00:00.000Z", "2026-11-26T09:00:00.000Z"],
    ["NORMAL", "2026-11-26T09:00:00.000Z", "2026-12-01T09:00:00.000Z"],
  ] as const)("%s: first response %s, resolution %s", (priority, first, resolution) => {
    const due = slaDueDates(priority, new Date("2026-11-24T09:00:00Z"));
    expect(due.firstResponseDueAt.toISOString()).toBe(first);
    expect(due.resolutionDueAt.toISOString()).toBe(resolution);
  });
});

describe("slaState", () => {
  const created = new Date("2026-11-24T09:00:00Z");
  const due = new Date("2026-11-24T13:00:00Z");
  it.each([
    ["2026-11-24T10:00:00Z", null, "ON_TIME"],
    ["2026-11-24T12:30:00Z", null, "DUE_SOON"],
    ["2026-11-24T13:00:00Z", null, "OVERDUE"],
    ["2026-11-25T10:00:00Z", "2026-11-24T12:00:00Z", "MET"],
    ["2026-11-25T10:00:00Z", "2026-11-24T14:00:00Z", "OVERDUE"],
  ])("at %s, done %s → %s", (now, done, state) => {
    expect(slaState(created, due, done ? new Date(done) : null, new Date(now))).toBe(state);
  });

  it("no deadline is on time", () => {
    expect(slaState(created, null, null, new Date())).toBe("ON_TIME");
  });
});
