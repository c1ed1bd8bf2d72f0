import "server-only";
import { runCommitmentCheck } from "./commitment-check";
import { sendAppointmentReminders } from "./appointment-reminders";
import { runWaitingRequests } from "./waiting-requests";
import { cleanUpAuthRecords } from "./auth-cleanup";
import { deleteAbandonedUploads } from "@/lib/server/data/attachments";
import { deleteOrphanedObjects } from "@/lib/server/data/attachment-store";
import { sendPlanReviewReminders } from "./plan-reviews";
import { runRetention } from "./retention";
import { runNotificationDigest } from "./notification-digest";
import { refreshStaleRiskFacts } from "@/lib/server/data/risk-facts";
import { runReportRollups } from "@/lib/server/data/report-rollups";

/**
 * A scheduled job, run every `intervalMs` (and as soon as a worker first sees
 * it) by one worker per period (jobs/scheduler.ts). Jobs must still be
 * idempotent: a run may be cut short by a crash and its work done again later.
 */
export type Job = { name: string; intervalMs: number; run: (now: Date) => Promise<unknown> };

/** Every scheduled job. A feature registers its job here. */
export const JOBS: Job[] = [
  // Checks last week's commitments; hourly, so an outcome recorded late is still caught.
  { name: "commitment-check", intervalMs: 60 * 60 * 1000, run: runCommitmentCheck },
  { name: "appointment-reminders", intervalMs: 15 * 60 * 1000, run: (now) => sendAppointmentReminders(now) },
  // Reminds requesters who were asked for something, then closes the request; hourly is precise enough for days.
  { name: "waiting-requests", intervalMs: 60 * 60 * 1000, run: runWaitingRequests },
  { name: "auth-cleanup", intervalMs: 60 * 60 * 1000, run: cleanUpAuthRecords },
  // Documents uploaded for a form that was never sent.
  { name: "abandoned-uploads", intervalMs: 60 * 60 * 1000, run: (now) => deleteAbandonedUploads(new Date(now.getTime() - 24 * 60 * 60 * 1000)) },
  // ATTACHMENT_STORE=s3: the objects of deleted documents (erasure, retention, cascades), hourly.
  { name: "stored-objects", intervalMs: 60 * 60 * 1000, run: deleteOrphanedObjects },
  // Reminds the disability referent 14 days before an accommodation plan's review.
  { name: "plan-reviews", intervalMs: 60 * 60 * 1000, run: sendPlanReviewReminders },
  // The retention schedule (lib/domain/retention.ts): periods are months, daily is precise enough.
  { name: "retention", intervalMs: 24 * 60 * 60 * 1000, run: runRetention },
  // The daily digest of notifications: hourly, so it goes out soon after 7:00 Paris time; once per person and day.
  { name: "notification-digest", intervalMs: 60 * 60 * 1000, run: runNotificationDigest },
  // The dashboard's read model: rows whose time came (a session leaving a window, a call
  // passing, midnight) or that a write marked stale; a dashboard refreshes its own stale rows
  // anyway, so this keeps renders at two statements rather than keeping them exact.
  { name: "risk-facts", intervalMs: 5 * 60 * 1000, run: refreshStaleRiskFacts },
  // The "commitments kept" report's rollup: the learners a write made stale, and the weeks that
  // ended (the report stays exact without it, computing those live; this keeps it fast).
  { name: "report-rollups", intervalMs: 5 * 60 * 1000, run: (now) => runReportRollups(now) },
];
