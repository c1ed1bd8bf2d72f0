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
  /** Requests and their thread: subject, message and replies anonymised, the counts stay. */
  REQUESTS: { action: "anonymise", months: 36, from: "CLOSED", legalHold: true },
  /** Mentoring sessions: the mentor's private notes erased, the attendance stays (Qualiopi proof). */
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
