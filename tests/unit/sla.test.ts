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

// Public holidays are not working hours (lib/domain/holidays.ts); each case would land a day earlier without them.
describe("addWorkingHours skips French public holidays, 2026–2030", () => {
  it.each([
    // start (UTC)              hours  due (UTC)                  why
    ["2026-04-03T14:00:00Z", 2, "2026-04-07T08:00:00.000Z", "Friday 3 April 2026 16:00: Easter Monday 6 April skipped, Tuesday 10:00"],
    ["2026-05-13T14:00:00Z", 4, "2026-05-15T10:00:00.000Z", "Wednesday 13 May 2026 16:00: Ascension 14 May skipped, the Friday after counts"],
    ["2026-05-22T14:00:00Z", 2, "2026-05-26T08:00:00.000Z", "Friday 22 May 2026 16:00: Whit Monday 25 May skipped"],
    ["2026-11-10T15:00:00Z", 2, "2026-11-12T09:00:00.000Z", "Tuesday 10 November 2026 16:00: 11 November skipped"],
    ["2026-12-24T15:00:00Z", 2, "2026-12-28T09:00:00.000Z", "Thursday 24 December 2026 16:00: Christmas Friday skipped"],
    ["2026-12-31T15:00:00Z", 2, "2027-01-04T09:00:00.000Z", "Thursday 31 December 2026 16:00: New Year's Day skipped"],
    ["2027-03-26T15:00:00Z", 2, "2027-03-30T08:00:00.000Z", "Friday 26 March 2027 16:00 winter: Easter Monday 29 March skipped, summer time after"],
    ["2027-05-05T14:00:00Z", 2, "2027-05-07T08:00:00.000Z", "Wednesday 5 May 2027 16:00: Ascension 6 May skipped"],
    ["2027-10-29T14:00:00Z", 2, "2027-11-02T09:00:00.000Z", "Friday 29 October 2027 16:00 summer: All Saints' Monday skipped, winter time after"],
    ["2028-05-05T14:00:00Z", 2, "2028-05-09T08:00:00.000Z", "Friday 5 May 2028 16:00: 8 May (a Monday) skipped"],
    ["2028-07-14T08:00:00Z", 1, "2028-07-17T08:00:00.000Z", "created on 14 July 2028 (a Friday): counts from Monday 9:00"],
    ["2029-04-30T14:00:00Z", 16, "2029-05-03T14:00:00.000Z", "Monday 30 April 2029 16:00 + 2 days: 1 May skipped"],
    ["2029-08-14T14:00:00Z", 2, "2029-08-16T08:00:00.000Z", "Tuesday 14 August 2029 16:00: 15 August skipped"],
    ["2030-05-29T14:00:00Z", 8, "2030-05-31T14:00:00.000Z", "Wednesday 29 May 2030 16:00 + 1 day: Ascension 30 May skipped"],
    ["2030-06-07T14:00:00Z", 2, "2030-06-11T08:00:00.000Z", "Friday 7 June 2030 16:00: Whit Monday 10 June skipped"],
  ])("%s + %s h → %s (%s)", (start, hours, due) => {
    expect(addWorkingHours(new Date(start), hours).toISOString()).toBe(due);
  });
});

describe("SLA due dates across a holiday", () => {
  // Thursday 13 May 2027, 19:00 Paris, after closing. Ascension 2027 is 6 May, so the next days
  // are Friday 14 (working), the weekend, then Whit Monday 17 May (a holiday).
  const created = new Date("2027-05-13T17:00:00Z");
  it.each([
    ["URGENT", "2027-05-14T11:00:00.000Z", "2027-05-18T15:00:00.000Z"], // 4 h: Friday 13:00; 2 days: Friday and Tuesday
    ["HIGH", "2027-05-14T15:00:00.000Z", "2027-05-19T15:00:00.000Z"], // 1 day: Friday 17:00; 3 days: to Wednesday
    ["NORMAL", "2027-05-18T15:00:00.000Z", "2027-05-21T15:00:00.000Z"], // 2 days: Tuesday 17:00, not Monday
    ["LOW", "2027-05-19T15:00:00.000Z", "2027-05-28T15:00:00.000Z"], // 3 days / 10 days
  ] as const)("%s: first response %s, resolution %s", (priority, first, resolution) => {
    const due = slaDueDates(priority, created);
    expect(due.firstResponseDueAt.toISOString()).toBe(first);
    expect(due.resolutionDueAt.toISOString()).toBe(resolution);
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
