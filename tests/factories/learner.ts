import type { LearnerMilestone, LearnerProfile, Prisma, TrainingPath, User } from "@prisma/client";
import { addDays, utcDay } from "./dates";
import type { FactoryDb } from "./db";
import { planMilestones, type MilestoneInput } from "./milestone";
import { createTrainingPath, findOrCreateTrainingPath } from "./training-path";
import { buildUser, type UserFields } from "./user";

export interface LearnerSensitiveInput {
  rqth?: boolean;
  rqthDetails?: string | null;
  accommodations?: string | null;
  healthNotes?: string | null;
}

export interface LearnerOverrides extends UserFields {
  advisorId?: string | null;
  mentorId?: string | null;
  /** Takes precedence over trainingPathCode; with neither, a fresh path is created. */
  trainingPathId?: string;
  /** Found, or created if missing. */
  trainingPathCode?: string;
  /** Calendar days; default: started 8 weeks ago, ends after the path's duration. */
  startDate?: Date;
  plannedEndDate?: Date;
  weeklyCommitment?: number;
  /** When the initial advisor/mentor assignments started; default the start date. */
  assignedAt?: Date;
  assignedById?: string | null;
  /** Explicit milestones; otherwise planMilestones() with the options below. */
  milestones?: MilestoneInput[];
  milestoneCount?: number;
  delayWeeks?: number;
  now?: Date;
  sensitive?: LearnerSensitiveInput;
}

export interface LearnerFixture {
  /** The learner's user id, which is also the profile's key. */
  id: string;
  user: User;
  profile: LearnerProfile;
  milestones: LearnerMilestone[];
}

async function resolvePath(db: FactoryDb, o: LearnerOverrides): Promise<TrainingPath> {
  if (o.trainingPathId) return db.trainingPath.findUniqueOrThrow({ where: { id: o.trainingPathId } });
  if (o.trainingPathCode) return findOrCreateTrainingPath(db, o.trainingPathCode);
  return createTrainingPath(db);
}

/** A LEARNER user with profile, milestones and the opening rows of their assignment history. */
export async function createLearner(db: FactoryDb, overrides: LearnerOverrides = {}): Promise<LearnerFixture> {
  const now = overrides.now ?? new Date();
  const path = await resolvePath(db, overrides);
  const startDate = utcDay(overrides.startDate ?? addDays(now, -8 * 7));
  const plannedEndDate = utcDay(overrides.plannedEndDate ?? addDays(startDate, path.durationWeeks * 7));
  const advisorId = overrides.advisorId ?? null;
  const mentorId = overrides.mentorId ?? null;
  const milestones =
    overrides.milestones ??
    planMilestones({ startDate, plannedEndDate, count: overrides.milestoneCount, delayWeeks: overrides.delayWeeks, now });

  const assignedAt = overrides.assignedAt ?? startDate;
  const opening = (kind: "ADVISOR" | "MENTOR", staffId: string) => ({
    kind,
    staffId,
    startedAt: assignedAt,
    changedById: overrides.assignedById ?? null,
    reason: "Affectation initiale",
  });
  const assignments: Prisma.AssignmentHistoryCreateManyLearnerInput[] = [];
  if (advisorId) assignments.push(opening("ADVISOR", advisorId));
  if (mentorId) assignments.push(opening("MENTOR", mentorId));

  const user = await db.user.create({
    data: {
      ...buildUser({ ...overrides, role: "LEARNER" }),
      learnerProfile: {
        create: {
          trainingPathId: path.id,
          startDate,
          plannedEndDate,
          weeklyCommitment: overrides.weeklyCommitment ?? 1,
          advisorId,
          mentorId,
          milestones: { createMany: { data: milestones } },
          assignments: { createMany: { data: assignments } },
          sensitive: overrides.sensitive ? { create: overrides.sensitive } : undefined,
        },
      },
    },
    include: { learnerProfile: { include: { milestones: { orderBy: { position: "asc" } } } } },
  });
  const { learnerProfile, ...plainUser } = user;
  if (!learnerProfile) throw new Error("createLearner: the profile was not created");
  const { milestones: rows, ...profile } = learnerProfile;
  return { id: user.id, user: plainUser, profile, milestones: rows };
}
