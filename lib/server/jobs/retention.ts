import "server-only";
import { applyRetention } from "@/lib/server/data/jobs/retention";

/** Applies the retention schedule (lib/domain/retention.ts): erases or anonymises what is due, records counts. */
export function runRetention(now: Date) {
  return applyRetention(now);
}
