import { describe, expect, it } from "vitest";
import type { CancelledBy, SessionStatus } from "@prisma/client";
import {
  noShowRunInWeek,
  weeksCommitment,
  weekCommitment,
  type CommitmentBreak,
  type CommitmentFacts,
  type CommitmentSession,
} from "@/lib/domain/commitment";
import { isoWeekFromKey, isoWeekKey, lastIsoWeeks, schoolDateTime, schoolInstant, weekMonday } from "@/lib/domain/week";

const at = (iso: string) => new Date(iso);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const session = (iso: string, status: SessionStatus, cancelledBy: CancelledBy | null = null): CommitmentSession => ({
  scheduledAt: at(iso),
  status,
  cancelledBy,
});
const approved = (start: string, end: string): CommitmentBreak => ({ startDate: day(start), endDate: day(end), status: "APPROVED" });

function facts(over: Partial<CommitmentFacts> = {}): CommitmentFacts {
  return { weeklyCommitment: 1, trainingStart: day("2026-01-05"), sessions: [], breaks: [], ...over };
}

// Week 2026-W47 runs from Monday 16 Nov 00:00 Paris (15 Nov 23:00 UTC) to Monday 23 Nov 00:00 Paris.
const IN_W47 = at("2026-11-18T12:00:00Z");
const AFTER_W47 = at("2026-11-25T12:00:00Z");

describe("the weekly commitment in one week", () => {
  it.each<[string, Partial<CommitmentFacts>, string]>([
    ["one held session keeps a commitment of one", { sessions: [session("2026-11-17T17:00:00Z", "HELD")] }, "KEPT"],
    ["a defence counts like a mentoring session (status only matters)", { sessions: [session("2026-11-20T09:00:00Z", "HELD")] }, "KEPT"],
    ["no session at all", {}, "NOT_KEPT"],
    ["a no-show does not count", { sessions: [session("2026-11-17T17:00:00Z", "NO_SHOW")] }, "NOT_KEPT"],
    ["cancelled by the learner does not count", { sessions: [session("2026-11-17T17:00:00Z", "CANCELLED", "LEARNER")] }, "NOT_KEPT"],
    ["cancelled by the mentor is excused", { sessions: [session("2026-11-17T17:00:00Z", "CANCELLED", "MENTOR")] }, "KEPT"],
    ["cancelled by the school is excused", { sessions: [session("2026-11-17T17:00:00Z", "CANCELLED", "SCHOOL")] }, "KEPT"],
    ["a past session never recorded leaves it open", { sessions: [session("2026-11-17T17:00:00Z", "SCHEDULED")] }, "AWAITING_RECORD"],
    [
      "two a week: one held is not enough",
      { weeklyCommitment: 2, sessions: [session("2026-11-17T17:00:00Z", "HELD"), session("2026-11-19T17:00:00Z", "NO_SHOW")] },
      "NOT_KEPT",
    ],
    [
      "two a week: two held",
      { weeklyCommitment: 2, sessions: [session("2026-11-17T17:00:00Z", "HELD"), session("2026-11-19T17:00:00Z", "HELD")] },
      "KEPT",
    ],
    [
      "two a week: one held and one unrecorded could still make it",
      { weeklyCommitment: 2, sessions: [session("2026-11-17T17:00:00Z", "HELD"), session("2026-11-19T17:00:00Z", "SCHEDULED")] },
      "AWAITING_RECORD",
    ],
    ["sessions of other weeks are ignored", { sessions: [session("2026-11-24T17:00:00Z", "HELD"), session("2026-11-13T17:00:00Z", "HELD")] }, "NOT_KEPT"],
    ["an approved break covering the week suspends it", { breaks: [approved("2026-11-09", "2026-11-29")] }, "ON_BREAK"],
    ["an approved break covering only the Sunday suspends it", { breaks: [approved("2026-11-22", "2026-12-06")] }, "ON_BREAK"],
    ["an approved break ending on the Monday suspends it", { breaks: [approved("2026-11-02", "2026-11-16")] }, "ON_BREAK"],
    ["a break ending the Sunday before does not", { breaks: [approved("2026-11-02", "2026-11-15")] }, "NOT_KEPT"],
    ["a break starting the Monday after does not", { breaks: [approved("2026-11-23", "2026-11-30")] }, "NOT_KEPT"],
    ...(["REQUESTED", "REFUSED", "CANCELLED"] as const).map(
      (status): [string, Partial<CommitmentFacts>, string] => [
        `a ${status} break does not suspend`,
        { breaks: [{ ...approved("2026-11-09", "2026-11-29"), status }] },
        "NOT_KEPT",
      ],
    ),
    ["a training starting after the week's Monday", { trainingStart: day("2026-11-18") }, "NOT_STARTED"],
    ["a training starting on the week's Monday", { trainingStart: day("2026-11-16") }, "NOT_KEPT"],
  ])("%s", (_, over, expected) => {
    expect(weekCommitment(facts(over), IN_W47, AFTER_W47).status).toBe(expected);
  });

  it("counts what happened", () => {
    const week = weekCommitment(
      facts({
        weeklyCommitment: 3,
        sessions: [
          session("2026-11-16T08:00:00Z", "HELD"),
          session("2026-11-17T08:00:00Z", "CANCELLED", "MENTOR"),
          session("2026-11-18T08:00:00Z", "SCHEDULED"),
          session("2026-11-19T08:00:00Z", "NO_SHOW"),
        ],
      }),
      IN_W47,
      AFTER_W47,
    );
    expect(week).toMatchObject({ isoWeek: "2026-W47", required: 3, held: 1, excused: 1, unrecorded: 1, status: "AWAITING_RECORD" });
    expect(week.monday.toISOString()).toBe("2026-11-16T00:00:00.000Z");
  });

  it("while the week runs: in progress until the count is reached", () => {
    const now = at("2026-11-18T12:00:00Z");
    expect(weekCommitment(facts(), now, now).status).toBe("IN_PROGRESS");
    const scheduled = facts({ sessions: [session("2026-11-20T17:00:00Z", "SCHEDULED")] });
    expect(weekCommitment(scheduled, now, now)).toMatchObject({ status: "IN_PROGRESS", unrecorded: 0 });
    const held = facts({ sessions: [session("2026-11-16T17:00:00Z", "HELD")] });
    expect(weekCommitment(held, now, now).status).toBe("KEPT");
  });
});

describe("week boundaries in Europe/Paris", () => {
  it("a session on Sunday 23:30 UTC in winter is Monday 00:30 in Paris: the next week", () => {
    const f = facts({ sessions: [session("2026-11-22T23:30:00Z", "HELD")] });
    expect(weekCommitment(f, IN_W47, AFTER_W47).status).toBe("NOT_KEPT");
    expect(weekCommitment(f, at("2026-11-24T12:00:00Z"), at("2026-12-01T12:00:00Z")).status).toBe("KEPT");
  });

  it("a session on Sunday 22:30 UTC in winter is Sunday 23:30 in Paris: the same week", () => {
    const f = facts({ sessions: [session("2026-11-22T22:30:00Z", "HELD")] });
    expect(weekCommitment(f, IN_W47, AFTER_W47).status).toBe("KEPT");
  });

  it("in summer (UTC+2) the week starts Sunday 22:00 UTC", () => {
    // 2026-W28: Monday 6 July 00:00 Paris = Sunday 5 July 22:00 UTC.
    const now = at("2026-07-14T12:00:00Z");
    expect(weekCommitment(facts({ sessions: [session("2026-07-05T22:15:00Z", "HELD")] }), at("2026-07-08T12:00:00Z"), now).status).toBe("KEPT");
    expect(weekCommitment(facts({ sessions: [session("2026-07-05T21:45:00Z", "HELD")] }), at("2026-07-08T12:00:00Z"), now).status).toBe("NOT_KEPT");
  });

  it("the week of the spring change (29 March 2026) keeps its late Sunday session", () => {
    // Sunday 29 March 23:30 Paris is already summer time: 21:30 UTC.
    const f = facts({ sessions: [session("2026-03-29T21:30:00Z", "HELD")] });
    const week = weekCommitment(f, at("2026-03-25T12:00:00Z"), at("2026-04-02T12:00:00Z"));
    expect(week).toMatchObject({ isoWeek: "2026-W13", status: "KEPT" });
    expect((week.end.getTime() - week.start.getTime()) / 3_600_000).toBe(167);
  });

  it("the week of the autumn change (25 October 2026) keeps its late Sunday session", () => {
    // Sunday 25 October 23:30 Paris is winter time again: 22:30 UTC.
    const f = facts({ sessions: [session("2026-10-25T22:30:00Z", "HELD")] });
    const week = weekCommitment(f, at("2026-10-21T12:00:00Z"), at("2026-10-29T12:00:00Z"));
    expect(week).toMatchObject({ isoWeek: "2026-W43", status: "KEPT" });
    expect((week.end.getTime() - week.start.getTime()) / 3_600_000).toBe(169);
    expect(week.monday.toISOString()).toBe("2026-10-19T00:00:00.000Z");
  });

  it("a break is matched on Paris calendar days, whatever the instant's UTC date", () => {
    // Monday 23 Nov 00:30 Paris is still Sunday 22 Nov in UTC: the week is W48, starting the 23rd.
    const f = facts({ breaks: [approved("2026-11-23", "2026-11-23")] });
    expect(weekCommitment(f, at("2026-11-22T23:30:00Z"), at("2026-12-01T00:00:00Z")).status).toBe("ON_BREAK");
    expect(weekCommitment(f, at("2026-11-22T22:30:00Z"), at("2026-12-01T00:00:00Z")).status).toBe("NOT_KEPT");
  });
});

describe("recent weeks", () => {
  it("lists the current week first, then the previous ones, across a year change", () => {
    const now = at("2027-01-06T10:00:00Z");
    const weeks = weeksCommitment(facts({ sessions: [session("2026-12-29T10:00:00Z", "HELD")] }), lastIsoWeeks(now, 4), now);
    expect(weeks.map((w) => [w.isoWeek, w.status])).toEqual([
      ["2027-W01", "IN_PROGRESS"],
      ["2026-W53", "KEPT"],
      ["2026-W52", "NOT_KEPT"],
      ["2026-W51", "NOT_KEPT"],
    ]);
  });
});

describe("two no-shows in a row", () => {
  const W47 = isoWeekFromKey("2026-W47")!;
  it.each<[string, CommitmentSession[], boolean]>([
    ["two no-shows, the second in the week", [session("2026-11-10T17:00:00Z", "NO_SHOW"), session("2026-11-17T17:00:00Z", "NO_SHOW")], true],
    ["both in the week", [session("2026-11-16T17:00:00Z", "NO_SHOW"), session("2026-11-19T17:00:00Z", "NO_SHOW")], true],
    [
      "a cancellation between them does not break the run",
      [session("2026-11-10T17:00:00Z", "NO_SHOW"), session("2026-11-12T17:00:00Z", "CANCELLED", "LEARNER"), session("2026-11-17T17:00:00Z", "NO_SHOW")],
      true,
    ],
    [
      "a held session between them breaks it",
      [session("2026-11-10T17:00:00Z", "NO_SHOW"), session("2026-11-12T17:00:00Z", "HELD"), session("2026-11-17T17:00:00Z", "NO_SHOW")],
      false,
    ],
    ["one no-show only", [session("2026-11-10T17:00:00Z", "HELD"), session("2026-11-17T17:00:00Z", "NO_SHOW")], false],
    ["the run ended the week before", [session("2026-11-03T17:00:00Z", "NO_SHOW"), session("2026-11-10T17:00:00Z", "NO_SHOW")], false],
    [
      "a run followed by a held session in the same week still counts",
      [session("2026-11-10T17:00:00Z", "NO_SHOW"), session("2026-11-17T17:00:00Z", "NO_SHOW"), session("2026-11-19T17:00:00Z", "HELD")],
      true,
    ],
    ["order of the input does not matter", [session("2026-11-17T17:00:00Z", "NO_SHOW"), session("2026-11-10T17:00:00Z", "NO_SHOW")], true],
  ])("%s", (_, sessions, expected) => {
    expect(noShowRunInWeek(sessions, W47)).toBe(expected);
  });
});

describe("school clock helpers", () => {
  it.each([
    ["2026-W48", "2026-11-22T23:00:00.000Z"],
    ["2026-W53", "2026-12-27T23:00:00.000Z"],
    ["2026-W13", "2026-03-22T23:00:00.000Z"],
    ["2026-W14", "2026-03-29T22:00:00.000Z"],
  ])("%s starts at %s", (key, start) => {
    expect(isoWeekFromKey(key)?.start.toISOString()).toBe(start);
    expect(isoWeekKey(isoWeekFromKey(key)!.start)).toBe(key);
  });

  it.each(["2027-W53", "2026-W00", "2026-W54", "2026-48", "W48", "", "2026-W4"])("%s names no week", (key) => {
    expect(isoWeekFromKey(key)).toBeNull();
  });

  it("turns Paris wall-clock fields into instants and back", () => {
    expect(schoolInstant("2026-11-23", "18:00")?.toISOString()).toBe("2026-11-23T17:00:00.000Z");
    expect(schoolInstant("2026-07-06", "18:00")?.toISOString()).toBe("2026-07-06T16:00:00.000Z");
    expect(schoolInstant("2026-02-30", "18:00")).toBeNull();
    expect(schoolInstant("2026-11-23", "24:00")).toBeNull();
    expect(schoolInstant("23/11/2026", "18:00")).toBeNull();
    expect(schoolDateTime(new Date("2026-11-22T23:30:00Z"))).toEqual({ date: "2026-11-23", time: "00:30" });
    expect(weekMonday(isoWeekFromKey("2026-W48")!).toISOString()).toBe("2026-11-23T00:00:00.000Z");
  });
});
