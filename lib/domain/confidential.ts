// Who may read special-category data (GDPR art. 9): THE rule, as data. Every data
// function that reads a confidential field — a learner's confidential profile, a
// request's confidential part, an attachment on a health or RQTH topic — asks
// lib/server/data/confidential.ts, which applies this table (and "the learner
// themselves").
import type { RequestTopic, Role } from "@prisma/client";

/** RQTH: disability status and its details. HEALTH: health and absence reasons. */
export type ConfidentialKind = "RQTH" | "HEALTH";

/**
 * The roles that read each kind about any learner in their scope (the caller's query
 * scopes the record: an advisor reaches only their own learners). RQTH belongs to the
 * disability referent (Qualiopi indicator 26): the advisor is told a confidential
 * request exists, never its content.
 */
export const CONFIDENTIAL_READERS = {
  RQTH: ["DISABILITY_REFERENT"],
  HEALTH: ["ADVISOR", "SUPPORT", "DISABILITY_REFERENT"],
} as const satisfies Record<ConfidentialKind, readonly Role[]>;

/** The kind of confidential data a topic's details hold (null: none). */
export function confidentialKindOfTopic(topic: RequestTopic): ConfidentialKind | null {
  switch (topic) {
    case "RQTH":
      return "RQTH";
    case "UPCOMING_ABSENCE":
    case "BREAK_REQUEST":
      return "HEALTH";
    default:
      return null;
  }
}

/** True when `role` reads `kind` for a learner other than themselves. */
export function roleReadsConfidential(role: Role, kind: ConfidentialKind): boolean {
  return (CONFIDENTIAL_READERS[kind] as readonly Role[]).includes(role);
}

/**
 * An RQTH request is filed with a neutral subject and message: what the learner typed goes
 * into its confidential part, so the advisor (and any inbox, email or search) learns only
 * that a confidential request exists. The disability referent reads the content.
 */
export const CONFIDENTIAL_ENVELOPE = {
  subject: "Demande confidentielle (RQTH) — Confidential request",
  message: "Le contenu de cette demande est confidentiel : il est traité par le référent handicap. — The content of this request is confidential: the disability referent handles it.",
} as const;

/**
 * What the thread shows when the learner adds an RQTH detail to an earlier RQTH request (the
 * duplicate panel's "add to earlier"): the detail itself joins the request's confidential part.
 */
export const CONFIDENTIAL_ADDITION =
  "Complément confidentiel ajouté : il est transmis au référent handicap. — Confidential addition: it goes to the disability referent." as const;

/** Topics whose content goes to the disability referent only. */
export function routesToReferent(topic: RequestTopic): boolean {
  return confidentialKindOfTopic(topic) === "RQTH";
}

/**
 * Whether the actor may read the confidential part of a request on a special-category
 * topic (and so list and download its documents): the learner it is about, or a role that
 * reads that kind (an unlisted sensitive topic follows the health rule). The caller has
 * already checked the request is visible to the actor at all.
 */
export function canReadConfidential(actor: { id: string; role: Role }, request: { learnerId: string; topic: RequestTopic }): boolean {
  if (actor.role === "LEARNER") return request.learnerId === actor.id;
  return roleReadsConfidential(actor.role, confidentialKindOfTopic(request.topic) ?? "HEALTH");
}
