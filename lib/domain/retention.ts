// The retention schedule: how long each class of personal data is kept, and what
// happens at the end (erase, or anonymise what must stay for statistics and Qualiopi).
// The ONE place these durations live: the retention job (lib/server/data/jobs/retention.ts)
// applies them, the register (docs/registre-des-traitements.md) states them, and
// tests/unit/retention-register.test.ts checks every class appears there.

export type RetentionAction = "erase" | "anonymise";

export type RetentionRule = {
  /** What the job does when the period is over. */
  action: RetentionAction;
  /** The period, in months, from `from`. */
  months: number;
  /** The date the period runs from. */
  from: "END_OF_TRAINING" | "CLOSED" | "CREATED" | "SENT" | "WITHDRAWN";
  /** A legal hold on the learner suspends it. */
  legalHold: boolean;
};

export const RETENTION_SCHEDULE = {
  /** Health and RQTH details of the learner (LearnerSensitive) and their accommodation plan. */
  CONFIDENTIAL_DETAILS: { action: "erase", months: 3, from: "END_OF_TRAINING", legalHold: true },
  /** The confidential part of requests (RequestSensitive): health, absence reasons, RQTH. */
  REQUEST_CONFIDENTIAL: { action: "erase", months: 3, from: "END_OF_TRAINING", legalHold: true },
  /** Requests and their thread: subject, message, replies and received emails anonymised, documents erased; the counts stay. */
  REQUESTS: { action: "anonymise", months: 36, from: "CLOSED", legalHold: true },
  /** Mentoring sessions: the mentor's private notes (and their edit history) erased, the attendance stays (Qualiopi proof); the same for the notes of closed follow-up cases and of calls. */
  SESSIONS: { action: "anonymise", months: 36, from: "CREATED", legalHold: true },
  /** Withdrawn consents: kept as proof of what was agreed and withdrawn, then erased. */
  CONSENTS: { action: "erase", months: 60, from: "WITHDRAWN", legalHold: false },
  /** The audit log (who read or changed what, never content). */
  AUDIT: { action: "erase", months: 60, from: "CREATED", legalHold: false },
  /** Emails in the outbox, once sent (or given up). */
  OUTBOX: { action: "erase", months: 3, from: "SENT", legalHold: false },
} as const satisfies Record<string, RetentionRule>;

export type DataClass = keyof typeof RETENTION_SCHEDULE;
export const DATA_CLASSES = Object.keys(RETENTION_SCHEDULE) as DataClass[];

/** Records whose period started before this instant are due. Calendar months, in UTC. */
export function retentionCutoff(dataClass: DataClass, now: Date): Date {
  const cutoff = new Date(now.getTime());
  cutoff.setUTCMonth(cutoff.getUTCMonth() - RETENTION_SCHEDULE[dataClass].months);
  return cutoff;
}

/** What an anonymised text reads. */
export const ANONYMISED = "[anonymisé]";

// ── Legal holds ───────────────────────────────────────────────────────────────
// A hold (litigation, an inspection) suspends what the schedule marks `legalHold` and an
// erasure on request, up to and including its end day (UTC calendar day, like @db.Date).

/** The first day (UTC midnight) a hold ending on it is still in force at `now`. */
export function holdDayOf(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export function holdInForce(hold: { endsOn: Date } | null | undefined, now: Date): boolean {
  return !!hold && hold.endsOn.getTime() >= holdDayOf(now).getTime();
}

// ── Erasure on request (GDPR art. 17) ─────────────────────────────────────────
// What an erasure does with each kind of data the portal holds about a learner: erased,
// anonymised (the record stays, its words and identity go), or kept for a legal reason,
// with the schedule class that then ends it. The admin's preview, the erasure itself
// (lib/server/data/erasure.ts) and the register (docs/registre-des-traitements.md) all
// follow this table; tests/unit/retention-register.test.ts checks the register lists it.

export type ErasureFate = "erase" | "anonymise" | "keep";
/** Why something stays after an erasure on request (GDPR art. 17-3). */
export type LegalReason = "qualiopiProof" | "consentProof" | "accountability";

export type ErasureItem = { fate: ErasureFate; dataClass: DataClass | null; reason?: LegalReason };

export const ERASURE_ON_REQUEST = {
  /** Name, email, phone, password, sign-in tokens and sessions: the account is closed. */
  identity: { fate: "anonymise", dataClass: null },
  /** LearnerSensitive: RQTH and health details. */
  confidentialProfile: { fate: "erase", dataClass: "CONFIDENTIAL_DETAILS" },
  /** AccommodationPlan with its accommodations, referrals and the partner exchange log. */
  accommodationPlan: { fate: "erase", dataClass: "CONFIDENTIAL_DETAILS" },
  /** RequestSensitive, break reasons. */
  requestConfidential: { fate: "erase", dataClass: "REQUEST_CONFIDENTIAL" },
  /** Attachments' bytes (sick notes, RQTH notifications…) on the learner's requests, and uploads not yet sent. */
  attachments: { fate: "erase", dataClass: "REQUEST_CONFIDENTIAL" },
  /** Subject, message and details of the learner's requests (and mentors' alerts about them). */
  requestTexts: { fate: "anonymise", dataClass: "REQUESTS" },
  /** Replies and internal notes of those requests' threads, the emails received on them. */
  threadMessages: { fate: "anonymise", dataClass: "REQUESTS" },
  /** Session notes (private and shared) and their edit history. */
  sessionNotes: { fate: "anonymise", dataClass: "SESSIONS" },
  /** Follow-up cases' blocker, next step and shared outcome; appointments' notes, topic and cancel reason. */
  followUpNotes: { fate: "anonymise", dataClass: "SESSIONS" },
  /** Break decision notes, risk-signal notes, assignment-change reasons. */
  otherNotes: { fate: "anonymise", dataClass: "SESSIONS" },
  /** The learner's stakeholders (third parties' names and contacts) and the exchanges with them. */
  stakeholders: { fate: "erase", dataClass: null },
  /** In-app notifications and read markers of the learner; emails addressed to them. */
  notices: { fate: "erase", dataClass: "OUTBOX" },
  /** The requests, as numbers, topics and dates (follow-up proof). */
  requests: { fate: "keep", dataClass: "REQUESTS", reason: "qualiopiProof" },
  /** Sessions, cases and appointments as attendance and outcomes; the training dates and path. */
  sessions: { fate: "keep", dataClass: "SESSIONS", reason: "qualiopiProof" },
  /** Consent records: proof of what was agreed and withdrawn (GDPR art. 7-1). */
  consents: { fate: "keep", dataClass: "CONSENTS", reason: "consentProof" },
  /** The audit log: who read or changed what, never content (GDPR art. 5-2). */
  audit: { fate: "keep", dataClass: "AUDIT", reason: "accountability" },
} as const satisfies Record<string, ErasureItem>;

export type ErasureKey = keyof typeof ERASURE_ON_REQUEST;
export const ERASURE_KEYS = Object.keys(ERASURE_ON_REQUEST) as ErasureKey[];
