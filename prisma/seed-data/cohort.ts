import type { BreakKind } from "@prisma/client";
import { addDays, isoMonday } from "./calendar";
import { PATHS, type PathSpec } from "./paths";
import type { Rng } from "./prng";

export type Behaviour =
  | "DEMO" // apprenant@demo.test: regular, one no-show three sessions ago
  | "REGULAR"
  | "IRREGULAR" // misses or cancels often
  | "TWO_NO_SHOWS" // the last two sessions were no-shows
  | "GAP" // no session for 2–3 weeks, one booked again
  | "GAP_NO_UPCOMING"; // no session for 2–3 weeks and nothing booked

export interface BreakPlan {
  /** Days from the anchor Monday. */
  startOffset: number;
  endOffset: number;
  reasonKind: BreakKind;
  reasonDetails: string;
}

export interface LearnerPlan {
  index: number;
  path: PathSpec;
  advisorIdx: number;
  mentorIdx: number;
  /** An earlier mentor, replaced at the start of `untilWeek` (weeks from the anchor). */
  previousMentor?: { idx: number; untilWeek: number };
  startDate: Date;
  /** Passed to planMilestones: how far behind plan each project is completed. */
  delayWeeks: number;
  behaviour: Behaviour;
  weeklyCommitment: number;
  weekday: number;
  hour: number;
  durationMinutes: number;
  breakPlan?: BreakPlan;
  sensitive?: { rqth: true; rqthDetails: string; accommodations: string };
}

export const LEARNER_COUNT = 60;
export const ADVISOR_COUNT = 3;
export const MENTOR_COUNT = 6;

// Learners whose story the demo tells; the indices are referenced by requests.ts.
const BEHAVIOURS: Record<number, Behaviour> = {
  0: "DEMO",
  3: "TWO_NO_SHOWS", 14: "TWO_NO_SHOWS", 27: "TWO_NO_SHOWS", 45: "TWO_NO_SHOWS",
  22: "GAP_NO_UPCOMING", 51: "GAP_NO_UPCOMING", 38: "GAP",
  5: "IRREGULAR", 19: "IRREGULAR", 35: "IRREGULAR", 58: "IRREGULAR",
};

const LATE_WEEKS: Record<number, number> = { 3: 5, 14: 3, 27: 4, 45: 3, 22: 6, 51: 4, 38: 3, 44: 4 };

const BREAKS: Record<number, BreakPlan> = {
  11: { startOffset: -56, endOffset: -43, reasonKind: "HOLIDAYS", reasonDetails: "Congés d'automne en famille." },
  33: { startOffset: -7, endOffset: 13, reasonKind: "ILLNESS", reasonDetails: "Arrêt maladie de trois semaines, certificat médical transmis." },
  56: { startOffset: -35, endOffset: -29, reasonKind: "ILLNESS", reasonDetails: "Grippe, arrêt d'une semaine." },
  42: { startOffset: -21, endOffset: -15, reasonKind: "HOLIDAYS", reasonDetails: "Une semaine de congés posée auprès de l'employeur." },
};

const SENSITIVE: Record<number, NonNullable<LearnerPlan["sensitive"]>> = {
  9: {
    rqth: true,
    rqthDetails: "RQTH notifiée par la MDPH, en cours de validité.",
    accommodations: "Sessions de 60 minutes au lieu de 45 ; supports écrits envoyés avant chaque session.",
  },
  30: {
    rqth: true,
    rqthDetails: "RQTH (troubles dys), justificatif transmis à l'inscription.",
    accommodations: "Délais de rendu allongés d'une semaine ; police adaptée pour les supports écrits.",
  },
  47: {
    rqth: true,
    rqthDetails: "RQTH en cours de renouvellement.",
    accommodations: "Fatigabilité : une session par jour au plus, de préférence le matin.",
  },
};

const HOURS = [9, 10, 11, 14, 15, 16, 17, 18, 19];

function pickPath(rng: Rng): PathSpec {
  const r = rng.next();
  return r < 0.5 ? PATHS[0] : r < 0.8 ? PATHS[1] : PATHS[2];
}

/**
 * A start date that puts one planned project `weeksBehind` weeks (0–6 days more)
 * before today; negative: that many weeks after today.
 */
function alignedStart(rng: Rng, path: PathSpec, today: Date, weeksBehind: number): Date {
  const n = path.projects.length;
  const k = rng.int(2, n - 2);
  const plannedOffset = Math.round((k * path.durationWeeks * 7) / n);
  return isoMonday(addDays(today, -weeksBehind * 7 - plannedOffset));
}

export function planCohort(rng: Rng, today: Date): LearnerPlan[] {
  const anchor = isoMonday(today);
  return Array.from({ length: LEARNER_COUNT }, (_, index) => {
    const r = rng.fork(index + 1);
    const behaviour = BEHAVIOURS[index] ?? (r.chance(0.1) ? "IRREGULAR" : "REGULAR");
    const path = index === 0 ? PATHS[0] : pickPath(r);
    // Late learners have a past project still open; ahead learners already
    // finished one planned in the coming weeks; the others follow the plan.
    let lateWeeks: number | undefined = LATE_WEEKS[index];
    let aheadWeeks: number | undefined;
    if (lateWeeks === undefined && index !== 0) {
      const d = r.next();
      if (d < 0.15) aheadWeeks = r.int(1, 2);
      else if (d > 0.82) lateWeeks = r.int(3, 5);
    }
    let startDate: Date;
    let delayWeeks = 0;
    if (lateWeeks !== undefined) {
      startDate = alignedStart(r, path, today, lateWeeks);
      delayWeeks = lateWeeks + 1;
    } else if (aheadWeeks !== undefined) {
      startDate = alignedStart(r, path, today, -aheadWeeks);
      delayWeeks = -aheadWeeks - 1;
    } else {
      startDate = addDays(anchor, index === 0 ? -20 * 7 : -7 * r.int(3, path.durationWeeks - 3));
    }

    const mentorIdx = Math.floor(index / (LEARNER_COUNT / MENTOR_COUNT));
    return {
      index,
      path,
      advisorIdx: index % ADVISOR_COUNT,
      mentorIdx,
      previousMentor:
        (index === 25 || index === 48) && startDate < addDays(anchor, -10 * 7)
          ? { idx: (mentorIdx + 1) % MENTOR_COUNT, untilWeek: -6 }
          : undefined,
      startDate,
      delayWeeks,
      behaviour,
      weeklyCommitment: index === 16 || index === 40 ? 2 : 1,
      weekday: index === 0 ? 1 : r.int(0, 4),
      hour: index === 0 ? 18 : index === 47 ? 10 : r.pick(HOURS),
      durationMinutes: index === 9 ? 60 : 45,
      breakPlan: BREAKS[index],
      sensitive: SENSITIVE[index],
    };
  });
}
