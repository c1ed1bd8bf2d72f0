import type { FactoryDb } from "../../tests/factories";

// Every demo advisor opens phone slots, so the demo learner (apprenant@demo.test) can book a
// call with conseiller@demo.test right away (/learner/booking).
const WEEK = [
  { weekday: 1, startMinute: 14 * 60, endMinute: 17 * 60 },
  { weekday: 2, startMinute: 9 * 60, endMinute: 12 * 60 },
  { weekday: 3, startMinute: 9 * 60, endMinute: 12 * 60 },
  { weekday: 4, startMinute: 9 * 60, endMinute: 12 * 60 },
  { weekday: 4, startMinute: 14 * 60, endMinute: 16 * 60 },
  { weekday: 5, startMinute: 10 * 60, endMinute: 12 * 60 },
];

export async function seedBooking(db: FactoryDb, advisorIds: string[]): Promise<void> {
  for (const advisorId of advisorIds) {
    await db.advisorAvailability.create({
      data: { advisorId, firstCallMinutes: 45, followUpCallMinutes: 30, bufferMinutes: 15, minNoticeHours: 24, horizonDays: 21, dailyCap: 6 },
    });
    await db.availabilityWindow.createMany({ data: WEEK.map((w) => ({ advisorId, ...w })) });
  }
}
