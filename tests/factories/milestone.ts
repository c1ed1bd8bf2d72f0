import { addDays, utcDay } from "./dates";

export interface MilestoneInput {
  position: number;
  label: string;
  /** A calendar day (UTC midnight). */
  plannedDate: Date;
  completedAt: Date | null;
}

export interface MilestonePlanInput {
  startDate: Date;
  plannedEndDate: Date;
  /** One label per milestone; defaults to P1..P{count}. */
  labels?: string[];
  count?: number;
  /**
   * How far behind plan the learner completes each milestone (negative = ahead).
   * A milestone is completed when plannedDate + delay is already past `now`.
   */
  delayWeeks?: number;
  now?: Date;
}

/** Milestones spread evenly from the start to the planned end; the last one falls on the end. */
export function planMilestones(input: MilestonePlanInput): MilestoneInput[] {
  const labels = input.labels ?? Array.from({ length: input.count ?? 10 }, (_, i) => `P${i + 1}`);
  const start = utcDay(input.startDate);
  const totalDays = Math.round((utcDay(input.plannedEndDate).getTime() - start.getTime()) / 86_400_000);
  const delayDays = (input.delayWeeks ?? 0) * 7;
  const now = input.now ?? new Date();
  return labels.map((label, i) => {
    const plannedDate = addDays(start, Math.round(((i + 1) * totalDays) / labels.length));
    // Completed mid-afternoon UTC, never before the training started.
    let done = new Date(addDays(plannedDate, delayDays).getTime() + 15 * 3_600_000);
    if (done < start) done = addDays(start, 1);
    return { position: i + 1, label, plannedDate, completedAt: done <= now ? done : null };
  });
}
