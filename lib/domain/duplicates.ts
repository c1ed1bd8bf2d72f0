// Duplicates at the source (issue 12): before a request is filed, the person
// is shown an earlier one that is likely the same situation, and chooses to
// add their message to it or to file a new one with a reason.
//   - a mentor: an open alert of the same topic about the learner, whatever
//     its age, or any alert about the learner raised in the last 14 days;
//   - a learner: a request of the same topic filed in the last 7 days.
// Candidates are the person's own earlier requests about that learner (the
// only ones they may read and add to).
import type { RequestStatus, RequestTopic, ResponsibilitySide } from "@prisma/client";

export const DUPLICATE_WINDOW_DAYS: Record<ResponsibilitySide, number> = { MENTOR: 14, LEARNER: 7 };

const DAY_MS = 24 * 60 * 60 * 1000;

export type DuplicateCandidate = { id: string; topic: RequestTopic; status: RequestStatus; createdAt: Date };

export const isOpenStatus = (status: RequestStatus) => status !== "RESOLVED" && status !== "CLOSED";

/** The earliest instant a candidate may have been created to count by age alone. */
export function duplicateWindowStart(side: ResponsibilitySide, now: Date): Date {
  return new Date(now.getTime() - DUPLICATE_WINDOW_DAYS[side] * DAY_MS);
}

function matches(c: DuplicateCandidate, topic: RequestTopic, side: ResponsibilitySide, since: Date): boolean {
  const recent = c.createdAt >= since;
  if (side === "LEARNER") return c.topic === topic && recent;
  return (c.topic === topic && isOpenStatus(c.status)) || recent;
}

/**
 * The earlier request to show, or null. Of several, the one the new message
 * most likely belongs to: an open one before a done one, the same topic
 * before another, then the most recent.
 */
export function duplicateOf<C extends DuplicateCandidate>(candidates: readonly C[], topic: RequestTopic, side: ResponsibilitySide, now: Date): C | null {
  const since = duplicateWindowStart(side, now);
  const rank = (c: C) => [isOpenStatus(c.status) ? 0 : 1, c.topic === topic ? 0 : 1, -c.createdAt.getTime()];
  const sorted = candidates
    .filter((c) => matches(c, topic, side, since))
    .sort((a, b) => {
      const [ra, rb] = [rank(a), rank(b)];
      for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] - rb[i];
      return 0;
    });
  return sorted[0] ?? null;
}

/** A message can be added only to a request still open; a done one can only be followed by a new one. */
export const canAddTo = (candidate: { status: RequestStatus }) => isOpenStatus(candidate.status);
