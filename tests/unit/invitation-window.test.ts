import { describe, expect, it } from "vitest";
import { INVITATION_WINDOW_DAYS, invitationWindow, nextInvitationAt } from "@/lib/domain/invitation-window";

describe("invitationWindow: one invitation per learner and topic per 7 days", () => {
  it.each<[string | null, string, boolean, string]>([
    // last sent (UTC)          now (UTC)                  allowed  why
    [null, "2026-12-02T10:00:00Z", true, "never sent"],
    ["2026-12-02T10:00:00Z", "2026-12-02T10:00:00Z", false, "the same instant"],
    ["2026-12-02T10:00:00Z", "2026-12-02T10:05:00Z", false, "five minutes later"],
    ["2026-12-02T10:00:00Z", "2026-12-09T09:59:59Z", false, "one second short of 7 days"],
    ["2026-12-02T10:00:00Z", "2026-12-09T10:00:00Z", true, "exactly 7 days later"],
    ["2026-12-02T10:00:00Z", "2026-12-20T08:00:00Z", true, "weeks later"],
    ["2026-03-25T10:00:00Z", "2026-04-01T09:59:59Z", false, "across the change to summer time: still 7 × 24 h"],
    ["2026-03-25T10:00:00Z", "2026-04-01T10:00:00Z", true, "across the change to summer time, 7 × 24 h later"],
    ["2026-12-09T10:00:00Z", "2026-12-02T10:00:00Z", false, "a last sending in the future (clock moved back): refused"],
  ])("last %s, now %s → %s (%s)", (last, now, allowed) => {
    const outcome = invitationWindow(last ? new Date(last) : null, new Date(now));
    expect(outcome.allowed).toBe(allowed);
    expect(outcome.lastSentAt?.toISOString() ?? null).toBe(last ? new Date(last).toISOString() : null);
    if (!outcome.allowed) expect(outcome.nextAllowedAt.toISOString()).toBe(nextInvitationAt(new Date(last!)).toISOString());
  });

  it.each([
    ["2026-12-02T10:00:00Z", "2026-12-09T10:00:00.000Z"],
    ["2026-12-28T23:30:00Z", "2027-01-04T23:30:00.000Z"],
  ])("the next invitation after %s may go from %s", (last, next) => {
    expect(nextInvitationAt(new Date(last)).toISOString()).toBe(next);
    expect(INVITATION_WINDOW_DAYS).toBe(7);
  });
});
