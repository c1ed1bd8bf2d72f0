import "server-only";
import { getDb } from "@/lib/server/db";
import { assertRole, type Actor } from "@/lib/server/auth/actor";
import { lastAndNextSessions } from "./session-summaries";

/** The mentor's current learners with their last and next session. No health or RQTH data. */
export async function listMentorLearners(actor: Actor, now = new Date()) {
  assertRole(actor, ["MENTOR"]);
  const learners = await getDb().learnerProfile.findMany({
    where: { mentorId: actor.id, user: { active: true } },
    orderBy: [{ user: { lastName: "asc" } }, { user: { firstName: "asc" } }, { userId: "asc" }],
    select: {
      userId: true,
      weeklyCommitment: true,
      trainingPath: { select: { name: true } },
      user: { select: { firstName: true, lastName: true } },
    },
  });
  const { last, next } = await lastAndNextSessions(
    learners.map((l) => l.userId),
    now,
  );
  return learners.map((learner) => ({
    id: learner.userId,
    firstName: learner.user.firstName,
    lastName: learner.user.lastName,
    trainingPath: learner.trainingPath.name,
    weeklyCommitment: learner.weeklyCommitment,
    lastSession: last.get(learner.userId) ?? null,
    nextSession: next.get(learner.userId) ?? null,
  }));
}
