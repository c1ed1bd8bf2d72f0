import "server-only";
import { getDb } from "@/lib/server/db";
import { assertRole, type Actor } from "@/lib/server/auth/actor";
import { now as clockNow } from "@/lib/server/clock";

/**
 * The learner's own upcoming phone appointments with their advisor, cancelled ones
 * included (so a cancellation shows where the call was); `moved` when its time changed.
 */
export async function listMyAppointments(actor: Actor, now = clockNow()) {
  assertRole(actor, ["LEARNER"]);
  const rows = await getDb().appointment.findMany({
    where: { learnerId: actor.id, status: { in: ["SCHEDULED", "CANCELLED"] }, startsAt: { gte: now } },
    orderBy: { startsAt: "asc" },
    take: 10,
    select: {
      id: true,
      kind: true,
      status: true,
      startsAt: true,
      durationMinutes: true,
      icsSequence: true,
      advisor: { select: { firstName: true, lastName: true, phone: true, email: true } },
    },
  });
  return rows.map(({ icsSequence, ...a }) => ({ ...a, moved: a.status === "SCHEDULED" && icsSequence > 0 }));
}
