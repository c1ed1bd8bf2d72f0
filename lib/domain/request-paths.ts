import type { Role } from "@prisma/client";

/** Where a user opens a request in their own space (links in pages and emails). */
export function requestPathFor(role: Role, id: string): string {
  switch (role) {
    case "LEARNER":
      return `/learner/requests/${id}`;
    case "MENTOR":
      return `/mentor/alerts/${id}`;
    case "ADVISOR":
      return `/advisor/requests/${id}`;
    case "SUPPORT":
    case "MENTORSHIP_MANAGER":
    case "ADMIN":
      return `/support/requests/${id}`;
    case "DISABILITY_REFERENT":
      return `/referent/requests/${id}`;
  }
}
