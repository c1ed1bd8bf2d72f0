import type { User } from "@prisma/client";
import {
  addDays,
  createBreak,
  createLearner,
  createSessions,
  createTrainingPath,
  createUser,
  planMilestones,
  type FactoryDb,
  type SessionOverrides,
} from "../../tests/factories";
import { parisAt } from "./calendar";
import { ADVISOR_COUNT, MENTOR_COUNT, planCohort } from "./cohort";
import { PATHS } from "./paths";
import { learnerPeople, staffPeople } from "./people";
import { Rng } from "./prng";
import { seedRequests, type RequestLearner } from "./requests";
import { seedFollowUp } from "./follow-up";
import { seedReportHistory } from "./report-history";
import { seedComplaints, seedSatisfaction } from "./satisfaction";
import { seedTeamTools } from "./team-tools";
import { seedInbound } from "./inbound";
import { seedDailyTools } from "./daily-tools";
import { seedBooking } from "./booking";
import { seedBookingLinks } from "./booking-links";
import { seedSpecialCategory } from "./special-category";
import { seedFollowers } from "./followers";
import { mentorChangeAt, planSessions, projectAt } from "./sessions";

export interface SeedClock {
  now: Date;
  /** Today in Europe/Paris, as a calendar day. */
  today: Date;
  /** The Monday of this ISO week: every date of the demo is relative to it. */
  anchor: Date;
}

const SEED = 20_261_129;

/** Writes the whole demo data set through `db` (a transaction client). */
export async function populate(db: FactoryDb, clock: SeedClock, passwordHash: string): Promise<void> {
  const { now, today, anchor } = clock;
  const rng = new Rng(SEED);
  const emails = new Set<string>();
  const staffCreatedAt = addDays(anchor, -60 * 7);
  const todayStart = parisAt(today, 0);

  const staff = new Map<string, User>();
  for (const p of staffPeople(rng.fork(1), emails)) {
    const { key, ...fields } = p;
    staff.set(key, await createUser(db, { ...fields, passwordHash, createdAt: staffCreatedAt }));
  }
  const get = (key: string) => staff.get(key)!;
  const advisors = Array.from({ length: ADVISOR_COUNT }, (_, i) => get(`advisor${i}`));
  const mentors = Array.from({ length: MENTOR_COUNT }, (_, i) => get(`mentor${i}`));
  const admin = get("admin");

  const paths = new Map<string, string>();
  for (const p of PATHS) {
    const path = await createTrainingPath(db, { code: p.code, name: p.name, durationWeeks: p.durationWeeks });
    paths.set(p.code, path.id);
  }

  const plans = planCohort(rng.fork(2), today);
  const people = learnerPeople(rng.fork(3), plans.length, emails);
  const sessions: (SessionOverrides & { mentorId: string })[] = [];
  const requestLearners: RequestLearner[] = [];

  for (const plan of plans) {
    const person = people[plan.index];
    const plannedEndDate = addDays(plan.startDate, plan.path.durationWeeks * 7);
    const milestones = planMilestones({ startDate: plan.startDate, plannedEndDate, labels: plan.path.projects, delayWeeks: plan.delayWeeks, now });
    const drafts = planSessions(plan, milestones, { anchor, now, rng: rng.fork(100 + plan.index) });
    const advisor = advisors[plan.advisorIdx];
    const mentor = mentors[plan.mentorIdx];
    const learner = await createLearner(db, {
      email: person.email,
      firstName: person.firstName,
      lastName: person.lastName,
      phone: person.phone,
      passwordHash,
      createdAt: parisAt(addDays(plan.startDate, -7), 10, 0),
      trainingPathId: paths.get(plan.path.code),
      startDate: plan.startDate,
      plannedEndDate,
      weeklyCommitment: plan.weeklyCommitment,
      advisorId: advisor.id,
      mentorId: mentor.id,
      assignedById: admin.id,
      milestones,
      sensitive: plan.sensitive,
      now,
    });

    const change = mentorChangeAt(plan, anchor);
    if (plan.previousMentor && change) {
      await db.assignmentHistory.updateMany({
        where: { learnerId: learner.id, kind: "MENTOR" },
        data: { startedAt: change, reason: "Changement de mentor : disponibilités incompatibles" },
      });
      await db.assignmentHistory.create({
        data: {
          learnerId: learner.id,
          kind: "MENTOR",
          staffId: mentors[plan.previousMentor.idx].id,
          startedAt: plan.startDate,
          endedAt: change,
          changedById: admin.id,
          reason: "Affectation initiale",
        },
      });
    }

    if (plan.breakPlan) {
      const b = plan.breakPlan;
      const startDate = addDays(anchor, b.startOffset);
      await createBreak(db, {
        learnerId: learner.id,
        status: "APPROVED",
        startDate,
        endDate: addDays(anchor, b.endOffset),
        reasonKind: b.reasonKind,
        reasonDetails: b.reasonDetails,
        decidedById: advisor.id,
        decidedAt: parisAt(addDays(startDate, -10), 11, 0),
        createdAt: parisAt(addDays(startDate, -12), 9, 30),
      });
    }

    for (const d of drafts) {
      // Booked six days ahead, but never later than this morning (stable across runs).
      const booked = new Date(d.scheduledAt.getTime() - 6 * 86_400_000);
      const { mentorIdx, ...fields } = d;
      sessions.push({ ...fields, learnerId: learner.id, mentorId: mentors[mentorIdx].id, createdAt: booked < todayStart ? booked : todayStart });
    }
    const past = drafts.filter((d) => d.scheduledAt < now);
    requestLearners.push({
      id: learner.id,
      firstName: person.firstName,
      advisor,
      mentor,
      project: projectAt(milestones, now),
      lastPastSessionAt: past[past.length - 1]?.scheduledAt,
    });
  }

  await createSessions(db, sessions);
  const context = { db, now, today, anchor, learner: (i: number) => requestLearners[i], support: get("support") };
  await seedRequests(context);
  await seedInbound(context);
  await seedFollowUp(context);
  await seedReportHistory({ ...context, learners: requestLearners, rng: rng.fork(1600) });
  await seedSatisfaction(db, rng.fork(1700), now);
  await seedComplaints(db, requestLearners, get("manager"), now);
  await seedTeamTools(context);
  await seedDailyTools({ ...context, admin });
  await seedBooking(db, advisors.map((a) => a.id));
  await seedBookingLinks(db, now);
  await seedSpecialCategory(db, now, passwordHash, staffCreatedAt);
  await seedFollowers(db, now);
}
