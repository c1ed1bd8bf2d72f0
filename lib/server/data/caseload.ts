import "server-only";
import { getDb } from "@/lib/server/db";
import { assertRole, type Actor } from "@/lib/server/auth/actor";
import { isoWeekRange } from "@/lib/domain/week";
import { heldSessionCounts, lastAndNextSessions } from "./session-summaries";

/** The advisor's caseload: each current learner, their last session and the sessions held this week. */
export async function listCaseload(actor: Actor, now = new Date()) {
  assertRole(actor, ["ADVISOR"]);
  const learners = await getDb().learnerProfile.findMany({
    where: { advisorId: actor.id, user: { active: true } },
    orderBy: [{ user: { lastName: "asc" } }, { user: { firstName: "asc" } }, { userId: "asc" }],
    select: {
      userId: true,
      weeklyCommitment: true,
      trainingPath: { select: { name: true } },
      user: { select: { firstName: true, lastName: true } },
      mentor: { select: { firstName: true, lastName: true } },
    },
  });
  const ids = learners.map((l) => l.userId);
  const week = isoWeekRange(now);
  const [{ last }, thisWeek] = await Promise.all([lastAndNextSessions(ids, now), heldSessionCounts(ids, week.start, week.end)]);
  return learners.map((learner) => ({
    id: learner.userId,
    firstName: learner.user.firstName,
    lastName: learner.user.lastName,
    trainingPath: learner.trainingPath.name,
    mentor: learner.mentor,
    weeklyCommitment: learner.weeklyCommitment,
    lastSession: last.get(learner.userId) ?? null,
    sessionsThisWeek: thisWeek.get(learner.userId) ?? 0,
  }));
}
