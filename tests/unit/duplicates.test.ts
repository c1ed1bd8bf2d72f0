import { describe, expect, it } from "vitest";
import type { RequestStatus, RequestTopic, ResponsibilitySide } from "@prisma/client";
import { canAddTo, duplicateOf, type DuplicateCandidate } from "@/lib/domain/duplicates";

const now = new Date("2026-12-02T10:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
const c = (id: string, topic: RequestTopic, status: RequestStatus, days: number): DuplicateCandidate => ({ id, topic, status, createdAt: daysAgo(days) });

describe("which earlier request is shown as a likely duplicate", () => {
  it.each<[string, ResponsibilitySide, RequestTopic, DuplicateCandidate[], string | null]>([
    ["mentor, nothing before", "MENTOR", "DISENGAGEMENT_RISK", [], null],
    ["mentor, same topic open, 30 days old", "MENTOR", "DISENGAGEMENT_RISK", [c("a", "DISENGAGEMENT_RISK", "NEW", 30)], "a"],
    ["mentor, same topic waiting, 60 days old", "MENTOR", "DISENGAGEMENT_RISK", [c("a", "DISENGAGEMENT_RISK", "WAITING_FOR_REQUESTER", 60)], "a"],
    ["mentor, same topic resolved 30 days ago", "MENTOR", "DISENGAGEMENT_RISK", [c("a", "DISENGAGEMENT_RISK", "RESOLVED", 30)], null],
    ["mentor, other topic 13 days ago", "MENTOR", "DISENGAGEMENT_RISK", [c("a", "DISRESPECT", "CLOSED", 13)], "a"],
    ["mentor, other topic open 15 days ago", "MENTOR", "DISENGAGEMENT_RISK", [c("a", "DISRESPECT", "IN_PROGRESS", 15)], null],
    ["mentor, exactly 14 days ago", "MENTOR", "PLAGIARISM", [c("a", "DISRESPECT", "CLOSED", 14)], "a"],
    [
      "mentor, open same topic before a recent done one",
      "MENTOR",
      "DISENGAGEMENT_RISK",
      [c("done", "DISENGAGEMENT_RISK", "CLOSED", 1), c("open", "DISENGAGEMENT_RISK", "NEW", 20)],
      "open",
    ],
    ["mentor, same topic before another, both open", "MENTOR", "DISRESPECT", [c("x", "PLAGIARISM", "NEW", 1), c("y", "DISRESPECT", "NEW", 5)], "y"],
    ["mentor, the most recent of two alike", "MENTOR", "DISRESPECT", [c("old", "DISRESPECT", "NEW", 9), c("new", "DISRESPECT", "NEW", 2)], "new"],
    ["learner, same topic 6 days ago, resolved", "LEARNER", "EXTRA_SESSIONS", [c("a", "EXTRA_SESSIONS", "RESOLVED", 6)], "a"],
    ["learner, same topic 8 days ago, still open", "LEARNER", "EXTRA_SESSIONS", [c("a", "EXTRA_SESSIONS", "NEW", 8)], null],
    ["learner, other topic yesterday", "LEARNER", "EXTRA_SESSIONS", [c("a", "ADMIN_SUPPORT", "NEW", 1)], null],
    ["learner, exactly 7 days ago", "LEARNER", "RQTH", [c("a", "RQTH", "CLOSED", 7)], "a"],
  ])("%s", (_name, side, topic, candidates, expected) => {
    expect(duplicateOf(candidates, topic, side, now)?.id ?? null).toBe(expected);
  });
});

describe("a message can be added to an open request only", () => {
  it.each<[RequestStatus, boolean]>([
    ["NEW", true],
    ["IN_PROGRESS", true],
    ["WAITING_FOR_REQUESTER", true],
    ["RESOLVED", false],
    ["CLOSED", false],
  ])("%s: %s", (status, expected) => {
    expect(canAddTo({ status })).toBe(expected);
  });
});
