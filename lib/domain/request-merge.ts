// Merging a duplicate into another request, and linking two related ones, as
// pure rules: lib/server/data/request-merge.ts applies them in one transaction.
import type { Priority, RequestStatus } from "@prisma/client";
import { PRIORITY_RANK } from "./inbox";

export type MergeSide = {
  id: string;
  learnerId: string;
  status: RequestStatus;
  priority: Priority;
  mergedIntoId: string | null;
  createdAt: Date;
  firstResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
};

/** Why a merge is refused (a `teamTools.errors` key), or null when it may go ahead. */
export type MergeRefusal = "mergeSelf" | "mergeSourceMerged" | "mergeTargetMerged" | "mergeOtherLearner" | "mergeTargetDone";

const DONE: readonly RequestStatus[] = ["RESOLVED", "CLOSED"];

export function mergeRefusal(source: MergeSide, target: MergeSide): MergeRefusal | null {
  if (source.id === target.id) return "mergeSelf";
  if (source.mergedIntoId) return "mergeSourceMerged";
  if (target.mergedIntoId) return "mergeTargetMerged";
  // A duplicate is about the same learner: two learners' requests are linked, not merged.
  if (source.learnerId !== target.learnerId) return "mergeOtherLearner";
  // The thread goes on in the target: it must still be open.
  if (DONE.includes(target.status)) return "mergeTargetDone";
  return null;
}

const earliest = (a: Date | null, b: Date | null): Date | null => (a && b ? (a <= b ? a : b) : (a ?? b));

/**
 * What the target becomes: the deadlines of whichever was filed first (the earliest of
 * each, so the merge never buys time) and the higher priority of the two.
 */
export function mergedTarget(source: MergeSide, target: MergeSide): { priority: Priority; firstResponseDueAt: Date | null; resolutionDueAt: Date | null } {
  return {
    priority: PRIORITY_RANK[source.priority] < PRIORITY_RANK[target.priority] ? source.priority : target.priority,
    firstResponseDueAt: earliest(source.firstResponseDueAt, target.firstResponseDueAt),
    resolutionDueAt: earliest(source.resolutionDueAt, target.resolutionDueAt),
  };
}

/** A link is stored once per pair: the smaller id first. */
export function linkPair(a: string, b: string): { fromId: string; toId: string } {
  return a < b ? { fromId: a, toId: b } : { fromId: b, toId: a };
}

/** Events of a request and of those merged into it, as one thread in time order (stable for equal times). */
export function combineThreads<E extends { createdAt: Date; id: string }>(...threads: E[][]): E[] {
  return threads.flat().sort((x, y) => x.createdAt.getTime() - y.createdAt.getTime() || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}
