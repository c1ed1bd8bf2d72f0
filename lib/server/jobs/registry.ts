import "server-only";

/**
 * A scheduled job the worker runs every `intervalMs` (and once at start).
 * Jobs must be idempotent: several workers may run the same job, and a run
 * may be repeated after a crash.
 */
export type Job = { name: string; intervalMs: number; run: (now: Date) => Promise<unknown> };

/** Every scheduled job. A feature registers its job here. */
export const JOBS: Job[] = [];
