import { describe, expect, it } from "vitest";
import { addWorkingHours, resumeDueDates, slaDueDates, slaReadAt, slaState, waitingStep, workingHoursBetween, type WaitingStep } from "@/lib/domain/sla";

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

describe("workingHoursBetween (the paused time of a wait)", () => {
  it.each([
    // from (UTC)               to (UTC)                   hours  why
    ["2026-11-24T09:00:00Z", "2026-11-24T11:30:00Z", 2.5, "Tuesday 10:00–12:30 Paris"],
    ["2026-11-24T19:00:00Z", "2026-11-25T06:00:00Z", 0, "a night"],
    ["2026-11-27T15:00:00Z", "2026-11-30T09:00:00Z", 2, "Friday 16:00 to Monday 10:00: 1 h + 1 h"],
    ["2026-11-28T08:00:00Z", "2026-11-29T20:00:00Z", 0, "a weekend"],
    ["2026-11-24T08:00:00Z", "2026-12-01T08:00:00Z", 40, "a whole week, Tuesday to Tuesday"],
    ["2026-12-24T08:00:00Z", "2026-12-28T16:00:00Z", 16, "Thursday 24 December + Monday 28: Christmas Friday and the weekend do not count"],
    ["2027-05-05T07:00:00Z", "2027-05-07T15:00:00Z", 16, "Ascension Thursday 6 May 2027 does not count"],
    ["2028-07-13T07:00:00Z", "2028-07-17T15:00:00Z", 16, "14 July 2028 (a Friday) does not count"],
    ["2029-04-30T07:00:00Z", "2029-05-02T15:00:00Z", 16, "1 May 2029 does not count"],
    ["2030-06-07T07:00:00Z", "2030-06-11T15:00:00Z", 16, "Whit Monday 10 June 2030 does not count"],
    ["2026-03-27T08:00:00Z", "2026-03-30T15:00:00Z", 16, "across the spring time change"],
    ["2026-10-23T07:00:00Z", "2026-10-26T16:00:00Z", 16, "across the autumn time change"],
    ["2026-11-24T11:00:00Z", "2026-11-24T09:00:00Z", 0, "an end before the start"],
  ])("%s → %s: %s h (%s)", (from, to, hours) => {
    expect(workingHoursBetween(new Date(from), new Date(to))).toBeCloseTo(hours, 6);
  });

  it.each([
    ["2026-11-24T09:00:00Z", 13],
    ["2026-12-23T14:30:00Z", 21.5],
    ["2027-05-04T16:00:00Z", 40],
    ["2030-06-06T10:15:00Z", 7.25],
  ])("is the inverse of addWorkingHours from a working instant (%s + %s h)", (from, hours) => {
    const start = new Date(from);
    expect(workingHoursBetween(start, addWorkingHours(start, hours))).toBeCloseTo(hours, 6);
  });
});

describe("a wait pauses the clock", () => {
  // Waiting from Friday 27 November 2026 16:00 Paris to Tuesday 1 December 10:00: 1 + 8 + 1 = 10 working hours.
  const since = new Date("2026-11-27T15:00:00Z");
  const until = new Date("2026-12-01T09:00:00Z");
  it.each([
    ["a target not yet met moves by the paused time", { firstResponseDueAt: null, firstResponseAt: new Date("2026-11-26T10:00:00Z"), resolutionDueAt: new Date("2026-12-02T10:00:00Z") }, null, "2026-12-03T12:00:00.000Z"],
    ["a first response already given keeps its deadline", { firstResponseDueAt: new Date("2026-11-26T16:00:00Z"), firstResponseAt: new Date("2026-11-26T10:00:00Z"), resolutionDueAt: null }, "2026-11-26T16:00:00.000Z", null],
    ["a first response still due moves too", { firstResponseDueAt: new Date("2026-11-30T10:00:00Z"), firstResponseAt: null, resolutionDueAt: null }, "2026-12-01T12:00:00.000Z", null],
  ] as const)("%s", (_, clock, first, resolution) => {
    const resumed = resumeDueDates(clock, since, until);
    expect(resumed.firstResponseDueAt?.toISOString() ?? null).toBe(first);
    expect(resumed.resolutionDueAt?.toISOString() ?? null).toBe(resolution);
  });

  it("a wait over a weekend only moves nothing", () => {
    const due = new Date("2026-12-02T10:00:00Z");
    expect(resumeDueDates({ firstResponseDueAt: null, firstResponseAt: null, resolutionDueAt: due }, new Date("2026-11-28T10:00:00Z"), new Date("2026-11-29T18:00:00Z")).resolutionDueAt).toEqual(due);
  });

  it("the SLA state of a waiting request is read where the wait began", () => {
    const now = new Date("2026-12-10T10:00:00Z");
    expect(slaReadAt(since, now)).toEqual(since);
    expect(slaReadAt(null, now)).toEqual(now);
    expect(slaState(new Date("2026-11-26T09:00:00Z"), new Date("2026-12-02T10:00:00Z"), null, slaReadAt(since, now))).toBe("ON_TIME");
  });
});

describe("the waiting job's step: remind after 3 working days, close after 10", () => {
  it.each<[since: string, reminded: boolean, now: string, step: WaitingStep, why: string]>([
    // waiting since (UTC)       reminded  now (UTC)                 step      why
    ["2026-11-24T09:00:00Z", false, "2026-11-27T08:59:00Z", "wait", "Tuesday 10:00 + 3 working days is Friday 10:00: a minute before"],
    ["2026-11-24T09:00:00Z", false, "2026-11-27T09:00:00Z", "remind", "Friday 10:00: three working days"],
    ["2026-11-26T09:00:00Z", false, "2026-11-30T09:00:00Z", "wait", "Thursday 10:00: the weekend does not count (Monday 10:00 is two days)"],
    ["2026-11-26T09:00:00Z", false, "2026-12-01T09:00:00Z", "remind", "Thursday 10:00 + 3 working days is Tuesday 10:00"],
    ["2026-12-23T09:00:00Z", false, "2026-12-28T09:00:00Z", "wait", "Wednesday 23 December: Christmas Friday does not count"],
    ["2026-12-23T09:00:00Z", false, "2026-12-29T09:00:00Z", "remind", "… so the third working day ends Tuesday 29"],
    ["2027-05-04T09:00:00Z", false, "2027-05-07T09:00:00Z", "wait", "Tuesday 4 May 2027: Ascension Thursday does not count"],
    ["2026-11-24T09:00:00Z", true, "2026-12-01T09:00:00Z", "wait", "already reminded, not yet 10 days"],
    ["2026-11-24T09:00:00Z", true, "2026-12-08T08:59:00Z", "wait", "a minute short of 10 working days (Tuesday 8 December 10:00)"],
    ["2026-11-24T09:00:00Z", true, "2026-12-08T09:00:00Z", "close", "10 working days"],
    ["2026-11-24T09:00:00Z", false, "2026-12-08T09:00:00Z", "close", "10 days with no reminder sent (the worker was down): close, no reminder first"],
    ["2029-04-26T09:00:00Z", true, "2029-05-10T09:00:00Z", "wait", "1 May 2029 and 8 May 2029 do not count"],
    ["2029-04-26T09:00:00Z", true, "2029-05-14T09:00:00Z", "wait", "… nor Ascension Thursday 10 May 2029: Monday 14 May is day 9"],
    ["2029-04-26T09:00:00Z", true, "2029-05-15T09:00:00Z", "close", "Tuesday 15 May 2029 11:00 Paris: day 10"],
  ])("since %s, reminded %s, at %s: %s (%s)", (since, reminded, now, step) => {
    expect(waitingStep(new Date(since), reminded ? new Date(since) : null, new Date(now))).toBe(step);
  });
});
