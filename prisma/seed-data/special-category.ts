import { createRequest, createUser, type FactoryDb } from "../../tests/factories";
import { CONFIDENTIAL_ENVELOPE } from "../../lib/domain/confidential";

// The disability referent's demo: the account "referent@demo.test" (seeded only where the
// demo seed runs: the embedded database) and, for the demo learner, a consent to
// accommodations, a plan with an accommodation for the mentor and the defence panel, and an
// open RQTH request (filed as the contact form files it: a neutral envelope, the content
// in its confidential part) for the referent to open.
export async function seedSpecialCategory(db: FactoryDb, now: Date, passwordHash: string, createdAt: Date) {
  await createUser(db, { role: "DISABILITY_REFERENT", firstName: "Margot", lastName: "Lemoine", email: "referent@demo.test", passwordHash, createdAt });
  const learner = await db.user.findUnique({ where: { email: "apprenant@demo.test" }, select: { id: true } });
  if (!learner) return;
  // A legal hold on another learner, for the admin's privacy page (its end date three months on).
  const held = await db.learnerProfile.findFirst({ where: { userId: { not: learner.id } }, orderBy: { userId: "asc" }, select: { userId: true } });
  if (held) {
    const endsOn = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 3, 1));
    await db.legalHold.create({ data: { learnerId: held.userId, reason: "Contentieux prud'homal en cours (dossier 2026-031)", endsOn } });
  }
  await db.consentRecord.create({ data: { learnerId: learner.id, purpose: "ACCOMMODATIONS", textVersion: "accommodationsV1", givenAt: new Date(now.getTime() - 20 * 86_400_000) } });
  const reviewDate = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 2, 1));
  await db.accommodationPlan.create({
    data: {
      learnerId: learner.id,
      reviewDate,
      accommodations: {
        create: [
          { audience: "MENTOR", text: "Pauses de 5 minutes toutes les 45 minutes pendant les sessions", position: 0 },
          { audience: "EXAMINER", text: "Tiers-temps aux soutenances : +30 %", position: 1 },
        ],
      },
    },
  });
  await createRequest(db, {
    learnerId: learner.id,
    topic: "RQTH",
    subject: CONFIDENTIAL_ENVELOPE.subject,
    message: CONFIDENTIAL_ENVELOPE.message,
    sensitive: {
      accommodation: "Un tiers-temps pour la soutenance de décembre, comme à l'examen blanc.",
      subject: "Aménagement pour ma soutenance",
      message: "Bonjour, ma RQTH a été renouvelée : pourrais-je avoir un tiers-temps pour la soutenance de décembre ?",
    },
    createdAt: new Date(now.getTime() - 2 * 86_400_000),
  });
}
