import { randomUUID } from "node:crypto";
import type { Prisma } from "@prisma/client";
import { addDays, utcDay } from "./dates";
import type { FactoryDb } from "./db";
import { planMilestones } from "./milestone";
import { buildSession } from "./session";
import { createTrainingPath } from "./training-path";
import { buildUser } from "./user";

export interface CaseloadSeed {
  /** null: learners nobody follows (the rest of a large school). */
  advisorId: string | null;
  mentorId: string;
  count: number;
  /** Weeks of past sessions per learner (one a week). */
  weeks?: number;
  now?: Date;
  trainingPathId?: string;
}

/**
 * Many learners at once with createMany (users, profiles, milestones, weekly
 * sessions, some no-shows and a late third): for query-count tests and the
 * caseload benchmark. Returns the learner ids.
 */
export async function createCaseload(db: FactoryDb, o: CaseloadSeed): Promise<string[]> {
  const now = o.now ?? new Date();
  const weeks = o.weeks ?? 8;
  const pathId = o.trainingPathId ?? (await createTrainingPath(db)).id;
  const ids = Array.from({ length: o.count }, () => `c${randomUUID().replace(/-/g, "").slice(0, 24)}`);
  const startDate = utcDay(addDays(now, -weeks * 7 - 7));
  const plannedEndDate = utcDay(addDays(startDate, 52 * 7));
  await db.user.createMany({ data: ids.map((id) => ({ ...buildUser({ role: "LEARNER", passwordHash: null }), id })) });
  await db.learnerProfile.createMany({
    data: ids.map((userId) => ({ userId, trainingPathId: pathId, startDate, plannedEndDate, advisorId: o.advisorId, mentorId: o.mentorId })),
  });
  const milestones: Prisma.LearnerMilestoneCreateManyInput[] = ids.flatMap((learnerId, i) =>
    planMilestones({ startDate, plannedEndDate, count: 10, delayWeeks: i % 3 === 0 ? 4 : 0, now }).map((m) => ({ ...m, learnerId })),
  );
  await db.learnerMilestone.createMany({ data: milestones });
  const sessions = ids.flatMap((learnerId, i) =>
    Array.from({ length: weeks }, (_, w) =>
      buildSession({
        learnerId,
        mentorId: o.mentorId,
        scheduledAt: addDays(now, -7 * (w + 1) + 1),
        status: i % 5 === 0 && w < 2 ? "NO_SHOW" : "HELD",
      }),
    ),
  );
  for (let i = 0; i < sessions.length; i += 5000) await db.mentoringSession.createMany({ data: sessions.slice(i, i + 5000) });
  return ids;
}
