import "server-only";
import { getDb } from "@/lib/server/db";
import { assertRole, type Actor } from "@/lib/server/auth/actor";
import { lastAndNextSessions } from "./session-summaries";
import { commitmentHistories } from "./commitments";

/** The weeks of commitment on the mentor's list: this week and the one before. */
export const MENTOR_WEEKS = 2;

/** The mentor's current learners with their last and next session, and their commitment this week and last week. No health or RQTH data. */
export async function listMentorLearners(actor: Actor, now = new Date()) {
  assertRole(actor, ["MENTOR"]);
  const learners = await getDb().learnerProfile.findMany({
    where: { mentorId: actor.id, user: { active: true } },
    orderBy: [{ user: { lastName: "asc" } }, { user: { firstName: "asc" } }, { userId: "asc" }],
    select: {
      userId: true,
      weeklyCommitment: true,
      startDate: true,
      trainingPath: { select: { name: true } },
      user: { select: { firstName: true, lastName: true } },
    },
  });
  const [{ last, next }, weeks] = await Promise.all([
    lastAndNextSessions(
      learners.map((l) => l.userId),
      now,
    ),
    commitmentHistories(
      learners.map((l) => ({ id: l.userId, weeklyCommitment: l.weeklyCommitment, startDate: l.startDate })),
      now,
      MENTOR_WEEKS,
    ),
  ]);
  return learners.map((learner) => ({
    id: learner.userId,
    firstName: learner.user.firstName,
    lastName: learner.user.lastName,
    trainingPath: learner.trainingPath.name,
    weeklyCommitment: learner.weeklyCommitment,
    lastSession: last.get(learner.userId) ?? null,
    nextSession: next.get(learner.userId) ?? null,
    weeks: weeks.get(learner.userId) ?? [],
  }));
}
