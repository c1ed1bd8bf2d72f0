import "server-only";
import { getDb } from "@/lib/server/db";
import { assertRole, type Actor } from "@/lib/server/auth/actor";
import { writeAudit } from "./audit";
import { availabilitySelect } from "./booking";
import { DEFAULT_RULES } from "@/lib/domain/booking-slots";
import { formatDaysOff, formatWindows, parseDaysOff, parseWindows, WEEKDAYS } from "@/lib/domain/availability-text";
import type { AvailabilityInput } from "@/lib/schemas/booking";

// The advisor's own phone availability (/advisor/availability): always their own row.
const ADVISOR = ["ADVISOR"] as const;

/** The availability form's values: the stored rules, or the defaults with no window yet. */
export async function getMyAvailability(actor: Actor): Promise<AvailabilityInput & { saved: boolean }> {
  assertRole(actor, ADVISOR);
  const stored = await getDb().advisorAvailability.findUnique({ where: { advisorId: actor.id }, select: availabilitySelect });
  const d = DEFAULT_RULES;
  const windows = stored?.windows ?? [];
  const day = (n: number) => formatWindows(windows, n);
  const iso = (x: Date) => x.toISOString().slice(0, 10);
  return {
    saved: stored !== null,
    day1: day(1),
    day2: day(2),
    day3: day(3),
    day4: day(4),
    day5: day(5),
    day6: day(6),
    day7: day(7),
    daysOff: formatDaysOff((stored?.exceptions ?? []).map((e) => ({ startDate: iso(e.startDate), endDate: iso(e.endDate), label: e.label }))),
    firstCallMinutes: String(stored?.firstCallMinutes ?? d.durations.FIRST),
    followUpCallMinutes: String(stored?.followUpCallMinutes ?? d.durations.FOLLOW_UP),
    bufferMinutes: String(stored?.bufferMinutes ?? d.bufferMinutes),
    minNoticeHours: String(stored?.minNoticeHours ?? d.minNoticeHours),
    horizonDays: String(stored?.horizonDays ?? d.horizonDays),
    dailyCap: String(stored?.dailyCap ?? d.dailyCap),
  };
}

/** Replaces the advisor's windows, days off and rules, in one transaction. Calls already booked stay. */
export async function saveAvailability(actor: Actor, input: AvailabilityInput): Promise<void> {
  assertRole(actor, ADVISOR);
  const windows = WEEKDAYS.flatMap((weekday) => {
    const parsed = parseWindows(input[`day${weekday}`]);
    if (!parsed.ok) throw new Error("windows not validated");
    return parsed.windows.map((w) => ({ weekday, ...w }));
  });
  const daysOff = parseDaysOff(input.daysOff);
  if (!daysOff.ok) throw new Error("days off not validated");
  const rules = {
    firstCallMinutes: Number(input.firstCallMinutes),
    followUpCallMinutes: Number(input.followUpCallMinutes),
    bufferMinutes: Number(input.bufferMinutes),
    minNoticeHours: Number(input.minNoticeHours),
    horizonDays: Number(input.horizonDays),
    dailyCap: Number(input.dailyCap),
  };
  await getDb().$transaction(async (tx) => {
    await tx.advisorAvailability.upsert({ where: { advisorId: actor.id }, create: { advisorId: actor.id, ...rules }, update: rules });
    await tx.availabilityWindow.deleteMany({ where: { advisorId: actor.id } });
    await tx.availabilityException.deleteMany({ where: { advisorId: actor.id } });
    if (windows.length) await tx.availabilityWindow.createMany({ data: windows.map((w) => ({ advisorId: actor.id, ...w })) });
    if (daysOff.days.length) {
      await tx.availabilityException.createMany({
        data: daysOff.days.map((e) => ({ advisorId: actor.id, startDate: new Date(`${e.startDate}T00:00:00Z`), endDate: new Date(`${e.endDate}T00:00:00Z`), label: e.label })),
      });
    }
    await writeAudit(tx, { actorId: actor.id, action: "availability.saved", entityType: "AdvisorAvailability", entityId: actor.id, after: { ...rules, windows: windows.length, daysOff: daysOff.days.length } });
  });
}
