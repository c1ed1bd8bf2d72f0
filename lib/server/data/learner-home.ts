import "server-only";
import { getDb } from "@/lib/server/db";
import { assertRole, NotFoundError, type Actor } from "@/lib/server/auth/actor";

const contact = { select: { firstName: true, lastName: true, email: true, phone: true, active: true } } as const;

// What a learner sees of a session: never the mentor's private note.
const sessionForLearner = {
  id: true,
  kind: true,
  status: true,
  scheduledAt: true,
  durationMinutes: true,
  learnerNote: true,
  mentor: { select: { firstName: true, lastName: true } },
} as const;

/** The learner's own space: path, advisor, mentor, recent and upcoming sessions. */
export async function getLearnerHome(actor: Actor, now = new Date()) {
  assertRole(actor, ["LEARNER"]);
  const db = getDb();
  const [profile, upcoming, recent] = await Promise.all([
    db.learnerProfile.findUnique({
      where: { userId: actor.id },
      select: {
        startDate: true,
        plannedEndDate: true,
        weeklyCommitment: true,
        trainingPath: { select: { name: true } },
        advisor: contact,
        mentor: contact,
      },
    }),
    db.mentoringSession.findMany({
      where: { learnerId: actor.id, scheduledAt: { gte: now }, status: "SCHEDULED" },
      orderBy: { scheduledAt: "asc" },
      take: 5,
      select: sessionForLearner,
    }),
    db.mentoringSession.findMany({
      where: { learnerId: actor.id, scheduledAt: { lt: now } },
      orderBy: { scheduledAt: "desc" },
      take: 8,
      select: sessionForLearner,
    }),
  ]);
  if (!profile) throw new NotFoundError("learner profile");
  // An inactive advisor or mentor is no longer the learner's contact.
  return {
    ...profile,
    advisor: profile.advisor?.active ? profile.advisor : null,
    mentor: profile.mentor?.active ? profile.mentor : null,
    upcoming,
    recent,
  };
}
