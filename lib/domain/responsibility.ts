// The responsibility table of DOMAIN.md, as data: which column a contact-form
// topic belongs to, and how a request on it is prioritised. Routing rules
// that use it live in routing.ts.
import type { Priority, RequestTopic, ResponsibilitySide } from "@prisma/client";

export type TopicRule = {
  /** The column of the article's table: who must raise this topic. */
  side: ResponsibilitySide;
  priority: Priority;
  /** The topic's details include special-category data (health, RQTH). */
  sensitive: boolean;
};

export const TOPICS = {
  UPCOMING_ABSENCE: { side: "MENTOR", priority: "URGENT", sensitive: true },
  EXCEPTIONAL_CIRCUMSTANCES: { side: "MENTOR", priority: "HIGH", sensitive: false },
  DISENGAGEMENT_RISK: { side: "MENTOR", priority: "URGENT", sensitive: false },
  DISRESPECT: { side: "MENTOR", priority: "NORMAL", sensitive: false },
  PLAGIARISM: { side: "MENTOR", priority: "HIGH", sensitive: false },
  /** The mentor's catch-all ("Autre situation"), last of their column. */
  MENTOR_OTHER: { side: "MENTOR", priority: "NORMAL", sensitive: false },
  EXTRA_RESOURCES: { side: "LEARNER", priority: "NORMAL", sensitive: false },
  EXTRA_SESSIONS: { side: "LEARNER", priority: "NORMAL", sensitive: false },
  BREAK_REQUEST: { side: "LEARNER", priority: "NORMAL", sensitive: true },
  ADMIN_SUPPORT: { side: "LEARNER", priority: "NORMAL", sensitive: false },
  RQTH: { side: "LEARNER", priority: "NORMAL", sensitive: true },
  /** A free request from the learner to their advisor. */
  OTHER: { side: "LEARNER", priority: "NORMAL", sensitive: false },
} as const satisfies Record<RequestTopic, TopicRule>;

export const TOPIC_CODES = Object.keys(TOPICS) as RequestTopic[];

export function topicsOfSide(side: ResponsibilitySide): RequestTopic[] {
  return TOPIC_CODES.filter((code) => TOPICS[code].side === side);
}

/** Mentor topics in the article's order, "other situation" last. */
export const MENTOR_TOPICS = topicsOfSide("MENTOR");
/** Learner topics in the article's order, "other" last. */
export const LEARNER_TOPICS = topicsOfSide("LEARNER");
