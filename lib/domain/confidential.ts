// Who may read the confidential part of a request (health, absence reasons, RQTH), and
// so download its special-category documents: the learner it is about, their advisor
// and support (DOMAIN.md: "only the learner, their advisor, and staff who need it").
// Not the mentor, not the Mentorship Manager, not the admin. The caller has already
// checked the request is visible to the actor at all; this is the further rule.
// A role that may read confidential parts is added here, and only here.
import type { Role } from "@prisma/client";

export function canReadConfidential(actor: { id: string; role: Role }, request: { learnerId: string }): boolean {
  switch (actor.role) {
    case "LEARNER":
      return request.learnerId === actor.id;
    case "ADVISOR":
    case "SUPPORT":
      return true;
    case "MENTOR":
    case "MENTORSHIP_MANAGER":
    case "ADMIN":
      return false;
  }
}
