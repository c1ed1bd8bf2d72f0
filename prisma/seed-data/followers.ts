import type { FactoryDb } from "../../tests/factories";
import { mentionToken } from "../../lib/domain/mentions";

// Followers, a mention and an email preference for the demo accounts (issue 15, item 7):
// - Léa's first request is followed by the Mentorship Manager (manager@demo.test), added by
//   support, and carries support's internal note mentioning the advisor (conseiller@demo.test),
//   who has the mention in their notifications;
// - the disability referent (referent@demo.test) follows the open RQTH request;
// - the Mentorship Manager gets their notifications as a daily digest.
export async function seedFollowers(db: FactoryDb, now: Date): Promise<void> {
  const [support, manager, advisor, referent] = await Promise.all(
    ["support@demo.test", "manager@demo.test", "conseiller@demo.test", "referent@demo.test"].map((email) => db.user.findUnique({ where: { email } })),
  );
  const lea = await db.user.findUnique({ where: { email: "apprenant@demo.test" }, select: { id: true } });
  if (!support || !manager || !advisor || !lea) return;
  const at = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * 60_000);
  const request = await db.supportRequest.findFirstOrThrow({ where: { learnerId: lea.id, topic: { not: "RQTH" } }, orderBy: { createdAt: "asc" }, select: { id: true } });

  await db.requestFollower.create({ data: { requestId: request.id, userId: manager.id, addedById: support.id, createdAt: at(90) } });
  await db.requestEvent.create({ data: { requestId: request.id, actorId: support.id, type: "FOLLOWER_ADDED", visibility: "INTERNAL", personId: manager.id, createdAt: at(90) } });
  await db.notification.create({ data: { userId: manager.id, kind: "FOLLOWING", requestId: request.id, actorId: support.id, createdAt: at(90) } });

  const body = `${mentionToken({ id: advisor.id, name: `${advisor.firstName} ${advisor.lastName}` })} Léa a aussi écrit au support à ce sujet : je vous laisse lui répondre, vous avez l'historique.`;
  await db.requestEvent.create({ data: { requestId: request.id, actorId: support.id, type: "INTERNAL_NOTE", visibility: "INTERNAL", body, mentionIds: [advisor.id], createdAt: at(60) } });
  await db.notification.create({ data: { userId: advisor.id, kind: "MENTION", requestId: request.id, actorId: support.id, createdAt: at(60) } });

  if (referent) {
    const rqth = await db.supportRequest.findFirst({ where: { topic: "RQTH", status: { notIn: ["RESOLVED", "CLOSED"] } }, select: { id: true } });
    if (rqth) {
      await db.requestFollower.create({ data: { requestId: rqth.id, userId: referent.id, addedById: referent.id, createdAt: at(30) } });
      await db.requestEvent.create({ data: { requestId: rqth.id, actorId: referent.id, type: "FOLLOWER_ADDED", visibility: "INTERNAL", personId: referent.id, createdAt: at(30) } });
    }
  }

  await db.user.update({ where: { id: manager.id }, data: { notificationEmail: "DIGEST" } });
}
