import { describe, expect, it } from "vitest";
import { combineThreads, linkPair, mergedTarget, mergeRefusal, type MergeSide } from "@/lib/domain/request-merge";

const at = (iso: string) => new Date(iso);
const side = (over: Partial<MergeSide> = {}): MergeSide => ({
  id: "a",
  learnerId: "l1",
  status: "NEW",
  priority: "NORMAL",
  mergedIntoId: null,
  createdAt: at("2026-11-24T09:00:00Z"),
  firstResponseDueAt: at("2026-11-26T09:00:00Z"),
  resolutionDueAt: at("2026-12-01T09:00:00Z"),
  ...over,
});

describe("merge rules", () => {
  const source = side({ id: "s" });
  const target = side({ id: "t" });

  it.each([
    ["itself", source, side({ id: "s" }), "mergeSelf"],
    ["an already merged source", side({ id: "s", mergedIntoId: "x" }), target, "mergeSourceMerged"],
    ["a merged target", source, side({ id: "t", mergedIntoId: "x" }), "mergeTargetMerged"],
    ["another learner's request", source, side({ id: "t", learnerId: "l2" }), "mergeOtherLearner"],
    ["a resolved target", source, side({ id: "t", status: "RESOLVED" }), "mergeTargetDone"],
    ["a closed target", source, side({ id: "t", status: "CLOSED" }), "mergeTargetDone"],
  ])("refuses %s", (_, s, t, refusal) => {
    expect(mergeRefusal(s, t)).toBe(refusal);
  });

  it.each(["NEW", "IN_PROGRESS", "WAITING_FOR_REQUESTER"] as const)("merges into a target %s, whatever the source's status", (status) => {
    expect(mergeRefusal(side({ id: "s", status: "RESOLVED" }), side({ id: "t", status }))).toBeNull();
  });

  it("keeps the earliest deadlines (the SLA of whichever came first) and the higher priority", () => {
    const older = side({ id: "s", priority: "URGENT", firstResponseDueAt: at("2026-11-24T13:00:00Z"), resolutionDueAt: at("2026-11-26T09:00:00Z") });
    expect(mergedTarget(older, target)).toEqual({ priority: "URGENT", firstResponseDueAt: at("2026-11-24T13:00:00Z"), resolutionDueAt: at("2026-11-26T09:00:00Z") });
    expect(mergedTarget(target, older)).toEqual({ priority: "URGENT", firstResponseDueAt: at("2026-11-24T13:00:00Z"), resolutionDueAt: at("2026-11-26T09:00:00Z") });
  });

  it("a missing deadline on one side takes the other's", () => {
    const none = side({ id: "s", priority: "LOW", firstResponseDueAt: null, resolutionDueAt: null });
    expect(mergedTarget(none, target)).toEqual({ priority: "NORMAL", firstResponseDueAt: target.firstResponseDueAt, resolutionDueAt: target.resolutionDueAt });
    expect(mergedTarget(none, side({ id: "t", firstResponseDueAt: null, resolutionDueAt: null }))).toMatchObject({ firstResponseDueAt: null, resolutionDueAt: null });
  });
});

describe("links and combined threads", () => {
  it("stores a pair once, whichever side links it", () => {
    expect(linkPair("b", "a")).toEqual({ fromId: "a", toId: "b" });
    expect(linkPair("a", "b")).toEqual({ fromId: "a", toId: "b" });
  });

  it("combines threads in time order, stable on equal times", () => {
    const e = (id: string, iso: string) => ({ id, createdAt: at(iso) });
    const mine = [e("m1", "2026-11-24T09:00:00Z"), e("m2", "2026-11-25T09:00:00Z")];
    const merged = [e("x1", "2026-11-23T09:00:00Z"), e("a2", "2026-11-25T09:00:00Z")];
    expect(combineThreads(mine, merged).map((x) => x.id)).toEqual(["x1", "m1", "a2", "m2"]);
  });
});
