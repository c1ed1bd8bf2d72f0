import "server-only";
import { claimPlanReviewReminder, listDuePlanReviews } from "@/lib/server/data/jobs/plan-reviews";

/** Reminds the disability referent before each accommodation plan's review date (once per date). */
export async function sendPlanReviewReminders(now: Date): Promise<{ reminded: number }> {
  let reminded = 0;
  for (const plan of await listDuePlanReviews(now)) {
    if (await claimPlanReviewReminder(plan.learnerId, plan.reviewDate, now)) reminded += 1;
  }
  return { reminded };
}
