import "server-only";
import type { Prisma } from "@prisma/client";
import { NotFoundError, type Actor } from "@/lib/server/auth/actor";

/**
 * Who may READ a learner's follow-up (file, cases, appointments, stakeholders):
 * their current advisor, Support and the Mentorship Manager. Everyone else: nothing.
 */
export function followedLearnerWhere(actor: Actor): Prisma.LearnerProfileWhereInput {
  switch (actor.role) {
    case "ADVISOR":
      return { advisorId: actor.id };
    case "SUPPORT":
    case "MENTORSHIP_MANAGER":
      return {};
    case "LEARNER":
    case "MENTOR":
    case "ADMIN":
    // The referent reads confidential data only (data/confidential.ts), not the follow-up.
    case "DISABILITY_REFERENT":
      throw new NotFoundError();
  }
}

/** Who may CHANGE it: the learner's current advisor only. */
export function assertAdvisorOf(actor: Actor): asserts actor is Actor & { role: "ADVISOR" } {
  if (actor.role !== "ADVISOR") throw new NotFoundError();
}

/** The learner, if the acting advisor currently follows them; NotFoundError otherwise. */
export async function requireOwnLearner(tx: Prisma.TransactionClient, actor: Actor, learnerId: string) {
  assertAdvisorOf(actor);
  const learner = await tx.learnerProfile.findFirst({
    where: { userId: learnerId, advisorId: actor.id },
    select: { userId: true, user: { select: { firstName: true, lastName: true, email: true, locale: true } } },
  });
  if (!learner) throw new NotFoundError();
  return learner;
}
