import { createHash } from "node:crypto";
import { createRequest, type FactoryDb } from "../../tests/factories";

// The demo learner (apprenant@demo.test) and their advisor: an open case whose email carried
// a booking link (its raw token is published here and in the README, demo data only, so the
// demo can open it: /login?next=/learner/booking/link/<DEMO_BOOKING_TOKEN>), and a request
// asking to be called back, for "Proposer des créneaux" on the advisor's request page.
export const DEMO_BOOKING_TOKEN = "demo-lien-premier-appel-apprenant-2026";

export async function seedBookingLinks(db: FactoryDb, now: Date): Promise<void> {
  const learner = await db.learnerProfile.findFirst({ where: { user: { email: "apprenant@demo.test" } }, select: { userId: true, advisorId: true } });
  if (!learner?.advisorId) return;
  const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000);
  const followUp = await db.followUpCase.create({ data: { learnerId: learner.userId, advisorId: learner.advisorId, reason: "CHECK_IN", openedAt: day(-1) } });
  await db.bookingLink.create({
    data: {
      tokenHash: createHash("sha256").update(DEMO_BOOKING_TOKEN, "utf8").digest("hex"),
      learnerId: learner.userId,
      kind: "FIRST",
      caseId: followUp.id,
      createdById: learner.advisorId,
      createdAt: day(-1),
      expiresAt: day(30),
    },
  });
  await db.auditLog.create({ data: { actorId: learner.advisorId, action: "bookingLink.sent", entityType: "FollowUpCase", entityId: followUp.id, learnerId: learner.userId, after: { kind: "FIRST" }, createdAt: day(-1) } });
  const request = await createRequest(db, {
    learnerId: learner.userId,
    topic: "ADMIN_SUPPORT",
    subject: "Pouvez-vous me rappeler pour mon financement ?",
    message: "Bonjour,\n\nJ'ai une question sur la prise en charge de ma formation par France Travail ; ce sera plus simple au téléphone.\n\nMerci",
    createdAt: day(-0.2),
  });
  await db.supportRequest.update({ where: { id: request.id }, data: { callbackRequested: true, callbackPhone: "+33639980001", callbackWhen: "En semaine avant 10 h ou après 17 h" } });
}
