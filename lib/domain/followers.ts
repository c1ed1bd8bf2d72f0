import type { RequestTopic, Role } from "@prisma/client";

// Who may follow a request, be mentioned on it, and be told about it. The rule:
// following grants notifications, never access. A colleague is a follower (or a mention)
// only while their role already lets them open the request; a notification is written
// only for someone who may open it now. So an advisor who is not the learner's advisor
// nor the assignee is refused as a follower, and an advisor follower whose learner moved
// to another advisor stops being told (and gets "not found" on the page). What a follower
// then reads of the confidential part is lib/domain/confidential.ts's rule, unchanged.

/** The roles that follow requests (a mentor or a learner never does: they have their own alerts and requests). */
export const FOLLOWER_ROLES = ["ADVISOR", "SUPPORT", "MENTORSHIP_MANAGER", "DISABILITY_REFERENT"] as const satisfies readonly Role[];
export type FollowerRole = (typeof FOLLOWER_ROLES)[number];

export type RequestReach = { assigneeId: string | null; learnerAdvisorId: string | null; topic: RequestTopic };

/**
 * Whether a person opens the request in their own space: the same scopes as the pages
 * (data/inbox.ts staffScope for support, the Mentorship Manager and advisors; data/referent.ts
 * for the disability referent, who opens the RQTH requests).
 */
export function opensRequest(person: { id: string; role: Role; active: boolean }, request: RequestReach): boolean {
  if (!person.active) return false;
  switch (person.role) {
    case "SUPPORT":
    case "MENTORSHIP_MANAGER":
      return true;
    case "ADVISOR":
      return request.assigneeId === person.id || request.learnerAdvisorId === person.id;
    case "DISABILITY_REFERENT":
      return request.topic === "RQTH";
    case "LEARNER":
    case "MENTOR":
    case "ADMIN":
      return false;
  }
}
