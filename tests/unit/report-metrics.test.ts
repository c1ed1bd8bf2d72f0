import { describe, expect, it } from "vitest";
import {
  FIRST_CONTACT_TARGET_HOURS,
  alertContact,
  attendanceOutcome,
  deadlineMet,
  droppedOut,
  firstContactAfter,
  percentile,
  share,
  solvedAtSecondCall,
  summarize,
  unreachable,
} from "@/lib/domain/reports/metrics";
import { periodContaining, periodFromKey, periodsUpTo } from "@/lib/domain/reports/period";
import { csvField, toCsv } from "@/lib/domain/csv-export";

// Paris is UTC+1 in winter, UTC+2 in summer.
const paris = (iso: string) => new Date(iso);

describe("percentile (PostgreSQL's percentile_cont)", () => {
  it("interpolates between closest ranks", () => {
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentile([10], 0.9)).toBe(10);
    expect(percentile([0, 10], 0.9)).toBe(9);
    expect(percentile([5, 1, 3], 0.5)).toBe(3);
    expect(percentile([], 0.5)).toBeNull();
  });
});

describe("first contact after a mentor alert", () => {
  const alertAt = paris("2026-11-23T09:00:00Z"); // Monday 10:00 Paris
  it("is the earliest call held or reply to the learner at or after the alert; earlier ones do not count", () => {
    const contacts = [
      { at: paris("2026-11-20T10:00:00Z"), kind: "CALL" as const },
      { at: paris("2026-11-24T14:00:00Z"), kind: "REPLY" as const },
      { at: paris("2026-11-24T09:00:00Z"), kind: "CALL" as const },
    ];
    expect(firstContactAfter(alertAt, contacts)).toEqual(contacts[2]);
    expect(firstContactAfter(alertAt, [contacts[0]])).toBeNull();
  });

  it("counts working hours only: a Friday-evening alert answered Monday 10:00 took 1 hour", () => {
    const friday = paris("2026-11-20T17:30:00Z"); // 18:30 Paris, after hours
    const monday = paris("2026-11-23T09:00:00Z"); // 10:00 Paris
    expect(alertContact(friday, { at: monday, kind: "CALL" }, monday)).toEqual({ hours: 1, withinTarget: true });
  });

  it("skips public holidays: 11 November 2026 (a Wednesday) is not a working day", () => {
    const tuesday = paris("2026-11-10T16:00:00Z"); // 17:00 Paris, end of day
    const thursday = paris("2026-11-12T09:00:00Z"); // 10:00 Paris
    expect(alertContact(tuesday, { at: thursday, kind: "REPLY" }, thursday).hours).toBe(1);
  });

  it("without a contact: missed once the target has passed, not judged before", () => {
    const monday = paris("2026-11-23T08:00:00Z"); // 9:00 Paris
    expect(alertContact(monday, null, paris("2026-11-24T15:00:00Z"))).toEqual({ hours: null, withinTarget: null });
    expect(alertContact(monday, null, paris("2026-11-25T08:00:00Z"))).toEqual({ hours: null, withinTarget: false });
    expect(FIRST_CONTACT_TARGET_HOURS).toBe(16);
  });

  it("over the target once contact takes more than 2 working days", () => {
    const monday = paris("2026-11-23T08:00:00Z");
    expect(alertContact(monday, { at: paris("2026-11-25T08:30:00Z"), kind: "CALL" }, monday)).toEqual({ hours: 16.5, withinTarget: false });
  });
});

describe("deadlines (SLA met)", () => {
  const due = paris("2026-11-25T12:00:00Z");
  it("met when done by the due date, missed when late or open past it, not judged while open and not due", () => {
    expect(deadlineMet(paris("2026-11-25T12:00:00Z"), due, due)).toBe(true);
    expect(deadlineMet(paris("2026-11-25T12:00:01Z"), due, due)).toBe(false);
    expect(deadlineMet(null, due, paris("2026-11-26T00:00:00Z"))).toBe(false);
    expect(deadlineMet(null, due, paris("2026-11-24T00:00:00Z"))).toBeNull();
    expect(deadlineMet(null, null, due)).toBeNull();
  });
});

describe("follow-up cases", () => {
  it("solved at the second call: outcome solved and the follow-up call held", () => {
    expect(solvedAtSecondCall("BLOCKER_SOLVED", [{ kind: "FIRST", status: "HELD" }, { kind: "FOLLOW_UP", status: "HELD" }])).toBe(true);
    expect(solvedAtSecondCall("BLOCKER_SOLVED", [{ kind: "FIRST", status: "HELD" }])).toBe(false);
    expect(solvedAtSecondCall("BLOCKER_NOT_SOLVED", [{ kind: "FOLLOW_UP", status: "HELD" }])).toBe(false);
    expect(solvedAtSecondCall("BLOCKER_SOLVED", [{ kind: "FOLLOW_UP", status: "NO_SHOW" }])).toBe(false);
  });

  it("unreachable: a call missed, none held", () => {
    expect(unreachable([{ kind: "FIRST", status: "NO_SHOW" }, { kind: "FIRST", status: "CANCELLED" }])).toBe(true);
    expect(unreachable([{ kind: "FIRST", status: "NO_SHOW" }, { kind: "FIRST", status: "HELD" }])).toBe(false);
    expect(unreachable([{ kind: "FIRST", status: "SCHEDULED" }])).toBe(false);
    expect(unreachable([])).toBe(false);
  });
});

describe("no-shows and drop-outs", () => {
  it("only held and missed sessions count", () => {
    expect(attendanceOutcome("HELD")).toBe("HELD");
    expect(attendanceOutcome("NO_SHOW")).toBe("NO_SHOW");
    expect(attendanceOutcome("CANCELLED")).toBeNull();
    expect(attendanceOutcome("SCHEDULED")).toBeNull();
  });

  it("a drop-out is a training ended with a milestone not completed; not judged before its end or without milestones", () => {
    const end = new Date("2026-11-01T00:00:00Z");
    const now = new Date("2026-11-10T00:00:00Z");
    expect(droppedOut(end, [{ completedAt: end }, { completedAt: null }], now)).toBe(true);
    expect(droppedOut(end, [{ completedAt: end }], now)).toBe(false);
    expect(droppedOut(end, [], now)).toBeNull();
    expect(droppedOut(new Date("2026-12-01T00:00:00Z"), [{ completedAt: null }], now)).toBeNull();
  });

  it("a summary counts judged records and hits; its share ignores the unjudged", () => {
    const s = summarize([
      { hit: true, value: 1 },
      { hit: false, value: 3 },
      { hit: null, value: null },
    ]);
    expect(s).toEqual({ total: 3, judged: 2, hits: 1, median: 2, p90: 2.8 });
    expect(share(s.hits, s.judged)).toBe(0.5);
    expect(share(0, 0)).toBeNull();
  });
});

describe("report periods", () => {
  it("reads week, month and quarter keys on the Paris calendar", () => {
    expect(periodFromKey("2026-11")).toMatchObject({ granularity: "month", start: new Date("2026-10-31T23:00:00Z"), end: new Date("2026-11-30T23:00:00Z") });
    expect(periodFromKey("2026-Q2")).toMatchObject({ start: new Date("2026-03-31T22:00:00Z"), end: new Date("2026-06-30T22:00:00Z") });
    expect(periodFromKey("2026-W48")).toMatchObject({ granularity: "week", start: new Date("2026-11-22T23:00:00Z") });
    expect(periodFromKey("2026-13")).toBeNull();
    expect(periodFromKey("2026-W54")).toBeNull();
  });

  it("finds the period of an instant and the ones before it", () => {
    // 31 December 23:30 Paris is still December.
    expect(periodContaining("month", new Date("2026-12-31T22:30:00Z")).key).toBe("2026-12");
    expect(periodContaining("quarter", new Date("2026-12-31T23:30:00Z")).key).toBe("2027-Q1");
    expect(periodsUpTo(periodFromKey("2026-02")!, 3).map((p) => p.key)).toEqual(["2025-12", "2026-01", "2026-02"]);
  });
});

describe("CSV for French Excel", () => {
  it("starts with a BOM, separates with ; and CRLF, quotes what needs it, writes decimal commas", () => {
    const csv = toCsv(["n°", "apprenant"], [[1.5, 'Zoé "la" Müller; Œ'], [2, "ligne\nsuivante"]]);
    expect(csv).toBe('\uFEFFn°;apprenant\r\n1,5;"Zoé ""la"" Müller; Œ"\r\n2;"ligne\nsuivante"\r\n');
  });

  it("keeps a formula from running", () => {
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField(-3)).toBe("-3");
    expect(csvField(null)).toBe("");
  });
});
