import "server-only";
import { getDb } from "@/lib/server/db";
import { assertRole, type Actor } from "@/lib/server/auth/actor";

/** The learner's own upcoming phone appointments with their advisor. */
export async function listMyAppointments(actor: Actor, now = new Date()) {
  assertRole(actor, ["LEARNER"]);
  return getDb().appointment.findMany({
    where: { learnerId: actor.id, status: "SCHEDULED", startsAt: { gte: now } },
    orderBy: { startsAt: "asc" },
    take: 10,
    select: { id: true, kind: true, startsAt: true, durationMinutes: true, advisor: { select: { firstName: true, lastName: true, phone: true, email: true } } },
  });
}
