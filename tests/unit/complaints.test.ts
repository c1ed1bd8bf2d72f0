import { describe, expect, it } from "vitest";
import { complaintDueAt, complaintLate, complaintStatus, complaintTimeliness, complaintWorkingDays, DEFAULT_COMPLAINT_WORKING_DAYS } from "@/lib/domain/complaints";

describe("a complaint's deadline", () => {
  it("counts working days: weekends and public holidays off", () => {
    // Tuesday 10 November 2026, 11:00 Paris; 11 November is a holiday: 5 working days end on Wednesday 18 November at 11:00.
    expect(complaintDueAt(new Date("2026-11-10T10:00:00Z"), 5)).toEqual(new Date("2026-11-18T10:00:00Z"));
    // Friday 24 December 2026 at 16:00: Christmas and the weekend are skipped.
    expect(complaintDueAt(new Date("2026-12-24T15:00:00Z"), 1)).toEqual(new Date("2026-12-28T15:00:00Z"));
  });

  it("is configurable, within 1–120 working days, else the default", () => {
    expect(complaintWorkingDays({})).toBe(DEFAULT_COMPLAINT_WORKING_DAYS);
    expect(complaintWorkingDays({ COMPLAINT_DEADLINE_WORKING_DAYS: "30" })).toBe(30);
    expect(complaintWorkingDays({ COMPLAINT_DEADLINE_WORKING_DAYS: "0" })).toBe(DEFAULT_COMPLAINT_WORKING_DAYS);
    expect(complaintWorkingDays({ COMPLAINT_DEADLINE_WORKING_DAYS: "abc" })).toBe(DEFAULT_COMPLAINT_WORKING_DAYS);
  });
});

describe("late or not", () => {
  const dueAt = new Date("2026-12-01T16:00:00Z");
  it("answered by the deadline is on time, after it late; unanswered past it is overdue", () => {
    expect(complaintTimeliness({ dueAt, answeredAt: new Date("2026-12-01T15:59:00Z") }, new Date("2027-01-01"))).toBe("ON_TIME");
    expect(complaintTimeliness({ dueAt, answeredAt: new Date("2026-12-02T08:00:00Z") }, new Date("2027-01-01"))).toBe("ANSWERED_LATE");
    expect(complaintTimeliness({ dueAt, answeredAt: null }, new Date("2026-12-01T16:00:00Z"))).toBe("OPEN");
    expect(complaintTimeliness({ dueAt, answeredAt: null }, new Date("2026-12-01T16:01:00Z"))).toBe("OVERDUE");
    expect(complaintLate({ dueAt, answeredAt: null }, new Date("2026-12-02"))).toBe(true);
    expect(complaintLate({ dueAt, answeredAt: new Date("2026-11-30") }, new Date("2026-12-02"))).toBe(false);
  });

  it("status: open until answered, closed once its corrective action is done", () => {
    expect(complaintStatus({ answeredAt: null, correctiveDoneAt: new Date() })).toBe("OPEN");
    expect(complaintStatus({ answeredAt: new Date(), correctiveDoneAt: null })).toBe("ANSWERED");
    expect(complaintStatus({ answeredAt: new Date(), correctiveDoneAt: new Date() })).toBe("CLOSED");
  });
});
