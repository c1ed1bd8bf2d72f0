import { describe, expect, it } from "vitest";
import { closeCaseTransition, type SourceRequest } from "@/lib/domain/case-closing";

const now = new Date("2026-12-01T10:00:00Z");
const req = (o: Partial<SourceRequest>): SourceRequest => ({ id: "r1", status: "IN_PROGRESS", side: "MENTOR", loopClosedAt: null, ...o });

describe("closing a case", () => {
  it.each([
    // source request                                  resolved                                             mentor told
    ["no source request", [], [], []],
    ["a mentor alert in progress", [req({})], [{ id: "r1", fromStatus: "IN_PROGRESS", closeLoop: true }], ["r1"]],
    ["a new mentor alert", [req({ status: "NEW" })], [{ id: "r1", fromStatus: "NEW", closeLoop: true }], ["r1"]],
    ["a mentor alert whose loop already closed", [req({ loopClosedAt: now })], [{ id: "r1", fromStatus: "IN_PROGRESS", closeLoop: false }], []],
    ["a learner request", [req({ side: "LEARNER", status: "WAITING_FOR_REQUESTER" })], [{ id: "r1", fromStatus: "WAITING_FOR_REQUESTER", closeLoop: false }], []],
    ["a request already resolved", [req({ status: "RESOLVED" })], [], []],
    ["a request closed", [req({ status: "CLOSED" })], [], []],
  ] as const)("%s", (_label, sources, resolve, notify) => {
    const out = closeCaseTransition([...sources], "  ", now);
    expect(out.resolve).toEqual(resolve);
    expect(out.notifyMentor).toEqual(notify);
    expect(out.case).toEqual({ status: "CLOSED", closedAt: now, sharedOutcome: null });
  });

  it("keeps the shared outcome, trimmed, as the resolution note", () => {
    expect(closeCaseTransition([], "  Un planning a été convenu. ", now).case.sharedOutcome).toBe("Un planning a été convenu.");
  });
});
