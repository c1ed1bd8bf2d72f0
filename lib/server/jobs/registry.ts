import "server-only";
import { runCommitmentCheck } from "./commitment-check";
import { sendAppointmentReminders } from "./appointment-reminders";

/**
 * A scheduled job the worker runs every `intervalMs` (and once at start).
 * Jobs must be idempotent: several workers may run the same job, and a run
 * may be repeated after a crash.
 */
export type Job = { name: string; intervalMs: number; run: (now: Date) => Promise<unknown> };

/** Every scheduled job. A feature registers its job here. */
export const JOBS: Job[] = [
  // Checks last week's commitments; hourly, so an outcome recorded late is still caught.
  { name: "commitment-check", intervalMs: 60 * 60 * 1000, run: runCommitmentCheck },
  { name: "appointment-reminders", intervalMs: 15 * 60 * 1000, run: (now) => sendAppointmentReminders(now) },
];
