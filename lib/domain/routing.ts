// Where a contact-form submission goes (DOMAIN.md, "Routing"): a learner's
// request to their own advisor (to support when they have no active advisor),
// a mentor's alert to the triage queue of Support and the Mentorship Manager.
// A topic from the other column is not filed: the author is guided instead.
import type { Priority, RequestQueue, RequestTopic, ResponsibilitySide, Role } from "@prisma/client";
import { TOPICS } from "./responsibility";

export type LearnerContext = { advisorId: string | null; advisorActive: boolean };

export type Routing =
  | { outcome: "file"; side: ResponsibilitySide; queue: RequestQueue; assigneeId: string | null; priority: Priority }
  /** A mentor picked a learner topic: the learner must ask their advisor themselves. */
  | { outcome: "learner-must-ask"; topic: RequestTopic }
  /** A learner picked a mentor topic: use the suggested learner topic (or "other"). */
  | { outcome: "use-learner-topic"; suggested: RequestTopic }
  /** Only learners and mentors write through the contact form. */
  | { outcome: "refused" };

/** For a learner who picked a mentor's topic: the closest learner topic. */
export const LEARNER_TOPIC_FOR = {
  UPCOMING_ABSENCE: "BREAK_REQUEST",
  EXCEPTIONAL_CIRCUMSTANCES: "BREAK_REQUEST",
  DISENGAGEMENT_RISK: "EXTRA_SESSIONS",
  DISRESPECT: "OTHER",
  PLAGIARISM: "OTHER",
  MENTOR_OTHER: "OTHER",
} as const satisfies Partial<Record<RequestTopic, RequestTopic>>;

export function routeRequest(authorRole: Role, topic: RequestTopic, learner: LearnerContext): Routing {
  const rule = TOPICS[topic];
  switch (authorRole) {
    case "LEARNER": {
      if (rule.side === "MENTOR") {
        return { outcome: "use-learner-topic", suggested: LEARNER_TOPIC_FOR[topic as keyof typeof LEARNER_TOPIC_FOR] };
      }
      const hasAdvisor = learner.advisorId !== null && learner.advisorActive;
      return {
        outcome: "file",
        side: "LEARNER",
        queue: hasAdvisor ? "ADVISOR" : "SUPPORT",
        assigneeId: hasAdvisor ? learner.advisorId : null,
        priority: rule.priority,
      };
    }
    case "MENTOR":
      if (rule.side === "LEARNER") return { outcome: "learner-must-ask", topic };
      return { outcome: "file", side: "MENTOR", queue: "TRIAGE", assigneeId: null, priority: rule.priority };
    case "ADVISOR":
    case "SUPPORT":
    case "MENTORSHIP_MANAGER":
    case "ADMIN":
    case "DISABILITY_REFERENT":
      return { outcome: "refused" };
  }
}
