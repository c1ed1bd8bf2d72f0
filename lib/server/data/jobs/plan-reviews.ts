import "server-only";
import { getDb, TX_OPTIONS } from "@/lib/server/db";
import { enqueueEmail } from "@/lib/server/data/outbox";
import { REVIEW_REMINDER_DAYS } from "@/lib/domain/accommodations";
import { planReviewEmail } from "@/lib/server/mail/templates/special-category";

// The plan-review reminder (lib/server/jobs/plan-reviews.ts) runs without an actor. Each
// reminder is claimed by a write conditional on the review date it was computed for and on
// "not yet reminded", in the same transaction as its emails: a second run is a no-op.

/** Plans whose review date is within REVIEW_REMINDER_DAYS (or past) and not yet reminded. */
export async function listDuePlanReviews(now: Date) {
  return getDb().accommodationPlan.findMany({
    where: { reviewRemindedAt: null, reviewDate: { lte: new Date(now.getTime() + REVIEW_REMINDER_DAYS * 86_400_000) } },
    orderBy: { reviewDate: "asc" },
    take: 500,
    select: { learnerId: true, reviewDate: true },
  });
}

/** Reminds every active referent of one plan's review; false when another run did it. */
export function claimPlanReviewReminder(learnerId: string, reviewDate: Date, now: Date): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.accommodationPlan.updateMany({ where: { learnerId, reviewDate, reviewRemindedAt: null }, data: { reviewRemindedAt: now } });
    if (count !== 1) return false;
    const learner = await tx.user.findUniqueOrThrow({ where: { id: learnerId }, select: { firstName: true, lastName: true } });
    const referents = await tx.user.findMany({ where: { role: "DISABILITY_REFERENT", active: true }, select: { email: true, firstName: true, locale: true } });
    for (const referent of referents) await enqueueEmail(tx, planReviewEmail(referent, { id: learnerId, name: `${learner.firstName} ${learner.lastName}` }, reviewDate));
    return true;
  }, TX_OPTIONS);
}
