import type { CancelledBy, SessionKind, SessionStatus } from "@prisma/client";
import type { MilestoneInput } from "../../tests/factories";
import { addDays, parisAt } from "./calendar";
import type { LearnerPlan } from "./cohort";
import type { Rng } from "./prng";
import { CANCEL_NOTES, DEFENCE_NOTES, DISENGAGING_PRIVATE_NOTE, HELD_NOTES, NO_SHOW_NOTE, PRIVATE_NOTES_BEHIND, PRIVATE_NOTES_ON_TRACK, fill } from "./texts";

/** Sessions run from 12 weeks before the anchor week to 2 weeks after it. */
export const FIRST_WEEK = -12;
export const LAST_WEEK = 2;

export interface SessionDraft {
  scheduledAt: Date;
  mentorIdx: number;
  kind: SessionKind;
  status: SessionStatus;
  cancelledBy: CancelledBy | null;
  learnerNote: string | null;
  privateNote: string | null;
  durationMinutes: number;
}

type Slot = Omit<SessionDraft, "mentorIdx" | "learnerNote" | "durationMinutes">;

interface Context {
  anchor: Date;
  now: Date;
  rng: Rng;
}

function inBreak(plan: LearnerPlan, anchor: Date, day: Date): boolean {
  const b = plan.breakPlan;
  return !!b && day >= addDays(anchor, b.startOffset) && day <= addDays(anchor, b.endOffset);
}

function weeklySlots(plan: LearnerPlan, { anchor, rng }: Context): Slot[] {
  const slots: Slot[] = [];
  for (let week = FIRST_WEEK; week <= LAST_WEEK; week += 1) {
    const monday = addDays(anchor, week * 7);
    if (monday < plan.startDate) continue;
    for (let k = 0; k < plan.weeklyCommitment; k += 1) {
      let weekday = (plan.weekday + 2 * k) % 5;
      if (plan.weeklyCommitment === 1 && rng.chance(0.2)) weekday = Math.min(4, Math.max(0, weekday + (rng.chance(0.5) ? 1 : -1)));
      const day = addDays(monday, weekday);
      const minute = rng.pick([0, 0, 30]);
      if (inBreak(plan, anchor, day)) continue;
      slots.push({ scheduledAt: parisAt(day, plan.hour, minute), kind: "MENTORING", status: "SCHEDULED", cancelledBy: null, privateNote: null });
    }
  }
  return slots;
}

function pickCanceller(rng: Rng): CancelledBy {
  const r = rng.next();
  return r < 0.55 ? "LEARNER" : r < 0.9 ? "MENTOR" : "SCHOOL";
}

/** Random outcomes for past sessions, with a make-up session after some cancellations. */
function randomOutcomes(plan: LearnerPlan, slots: Slot[], { now, rng }: Context): Slot[] {
  const [noShow, cancel] = plan.behaviour === "IRREGULAR" ? [0.2, 0.12] : [0.03, 0.06];
  const extra: Slot[] = [];
  for (const slot of slots) {
    if (slot.scheduledAt >= now) continue;
    const r = rng.next();
    slot.status = r < noShow ? "NO_SHOW" : r < noShow + cancel ? "CANCELLED" : "HELD";
    if (slot.status !== "CANCELLED") continue;
    slot.cancelledBy = pickCanceller(rng);
    const makeUp = addDays(slot.scheduledAt, 2);
    if (slot.scheduledAt.getUTCDay() <= 3 && makeUp < now && rng.chance(0.5)) {
      extra.push({ scheduledAt: makeUp, kind: "MENTORING", status: "HELD", cancelledBy: null, privateNote: null });
    }
  }
  return [...slots, ...extra];
}

/** The story each special learner tells, applied over the random outcomes. */
function applyBehaviour(plan: LearnerPlan, slots: Slot[], { anchor, now, rng }: Context): Slot[] {
  const pastOf = (list: Slot[]) => list.filter((s) => s.scheduledAt < now);
  const setHeld = (s: Slot) => Object.assign(s, { status: "HELD", cancelledBy: null });
  switch (plan.behaviour) {
    case "DEMO": {
      const past = pastOf(slots).map(setHeld);
      if (past.length >= 3) past[past.length - 3].status = "NO_SHOW";
      if (past.length >= 7) Object.assign(past[past.length - 7], { status: "CANCELLED", cancelledBy: "MENTOR" });
      return slots;
    }
    case "TWO_NO_SHOWS": {
      const past = pastOf(slots);
      past.slice(-2).forEach((s) => Object.assign(s, { status: "NO_SHOW", cancelledBy: null }));
      if (past.length >= 3) setHeld(past[past.length - 3]).privateNote = DISENGAGING_PRIVATE_NOTE;
      return slots;
    }
    case "GAP":
    case "GAP_NO_UPCOMING": {
      const gapStart = addDays(now, -rng.int(15, 24));
      const nextMonday = parisAt(addDays(anchor, 7), 0);
      const kept = slots.filter((s) =>
        s.scheduledAt < now ? s.scheduledAt < gapStart : plan.behaviour === "GAP" && s.scheduledAt >= nextMonday,
      );
      const past = pastOf(kept);
      if (past.length > 0) setHeld(past[past.length - 1]).privateNote = DISENGAGING_PRIVATE_NOTE;
      return kept;
    }
    default:
      return slots;
  }
}

/** Turn the held session nearest each completion into its defence, and book the next defence. */
function placeDefences(plan: LearnerPlan, slots: Slot[], milestones: MilestoneInput[], { now }: Context) {
  const endOf = (s: Slot) => new Date(s.scheduledAt.getTime() + plan.durationMinutes * 60_000);
  const held = slots.filter((s) => s.status === "HELD" && endOf(s) <= now);
  const windowStart = slots[0]?.scheduledAt;
  let previous = new Date(0);
  for (const m of milestones) {
    if (!m.completedAt || !windowStart || m.completedAt < windowStart) {
      if (m.completedAt) previous = m.completedAt;
      continue;
    }
    const target = addDays(m.completedAt, -3);
    const free = held.filter((s) => s.kind === "MENTORING" && s.scheduledAt > previous);
    const slot = free.find((s) => s.scheduledAt >= target) ?? free.filter((s) => s.scheduledAt < target).pop();
    if (slot) {
      slot.kind = "DEFENCE";
      m.completedAt = endOf(slot);
    }
    previous = m.completedAt;
  }
  const next = milestones.find((m) => !m.completedAt);
  if (!next) return;
  const expected = addDays(next.plannedDate, plan.delayWeeks * 7 - 3);
  const booked = slots.find((s) => s.status === "SCHEDULED" && s.scheduledAt >= expected);
  if (booked) booked.kind = "DEFENCE";
}

export function projectAt(milestones: MilestoneInput[], at: Date): string {
  const current = milestones.find((m) => !m.completedAt || m.completedAt > at) ?? milestones[milestones.length - 1];
  return current.label;
}

function defendedAt(milestones: MilestoneInput[], slot: Slot, durationMinutes: number): string {
  const end = slot.scheduledAt.getTime() + durationMinutes * 60_000;
  return (milestones.find((m) => m.completedAt?.getTime() === end) ?? milestones[0]).label;
}

/** When the learner's previous mentor handed over, if they had one. */
export function mentorChangeAt(plan: LearnerPlan, anchor: Date): Date | undefined {
  return plan.previousMentor ? parisAt(addDays(anchor, plan.previousMentor.untilWeek * 7), 0) : undefined;
}

/** The learner's sessions; also moves each recent milestone's completedAt onto its defence. */
export function planSessions(plan: LearnerPlan, milestones: MilestoneInput[], ctx: Context): SessionDraft[] {
  const { anchor, rng } = ctx;
  let slots = weeklySlots(plan, ctx);
  if (plan.behaviour !== "DEMO") slots = randomOutcomes(plan, slots, ctx);
  slots.sort((a, b) => a.scheduledAt.getTime() - b.scheduledAt.getTime());
  slots = applyBehaviour(plan, slots, ctx);
  placeDefences(plan, slots, milestones, ctx);
  const previous = plan.previousMentor;
  const mentorChange = mentorChangeAt(plan, anchor);

  return slots.map((s) => {
    let learnerNote: string | null = null;
    let privateNote = s.privateNote;
    if (s.status === "HELD" && s.kind === "DEFENCE") learnerNote = fill(rng.pick(DEFENCE_NOTES), defendedAt(milestones, s, plan.durationMinutes));
    else if (s.status === "HELD") {
      learnerNote = fill(rng.pick(HELD_NOTES), projectAt(milestones, s.scheduledAt));
      if (!privateNote && rng.chance(0.05)) privateNote = rng.pick(plan.delayWeeks > 0 ? PRIVATE_NOTES_BEHIND : PRIVATE_NOTES_ON_TRACK);
    } else if (s.status === "NO_SHOW") learnerNote = NO_SHOW_NOTE;
    else if (s.status === "CANCELLED" && s.cancelledBy) learnerNote = CANCEL_NOTES[s.cancelledBy];
    const early = previous && mentorChange && s.scheduledAt < mentorChange;
    return {
      ...s,
      learnerNote,
      privateNote,
      mentorIdx: early ? previous.idx : plan.mentorIdx,
      durationMinutes: plan.durationMinutes,
    };
  });
}
