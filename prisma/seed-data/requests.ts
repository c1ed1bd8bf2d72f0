import type { User } from "@prisma/client";
import { addDays, createBreak, createRequest, createRequestEvent, createSession, type FactoryDb } from "../../tests/factories";
import { formatFrenchDate, isoDate, parisAt } from "./calendar";

export interface RequestLearner {
  id: string;
  firstName: string;
  advisor: User;
  mentor: User;
  /** The project the learner works on today. */
  project: string;
  lastPastSessionAt?: Date;
}

export interface RequestContext {
  db: FactoryDb;
  now: Date;
  today: Date;
  anchor: Date;
  learner: (index: number) => RequestLearner;
  support: User;
}

const sign = (text: string, name: string) => `Bonjour,\n\n${text}\n\n${name}`;

/** Open learner requests (queue ADVISOR), mentor alerts (TRIAGE) and one resolved alert. */
export async function seedRequests(ctx: RequestContext): Promise<number> {
  const { db, now, today, anchor } = ctx;
  const at = (daysAgo: number, hour: number, minute: number) => parisAt(addDays(today, -daysAgo), hour, minute);
  let key = 0;
  const base = () => ({ idempotencyKey: `seed-${++key}` });

  const lea = ctx.learner(0);
  await createRequest(db, {
    ...base(),
    learnerId: lea.id,
    topic: "EXTRA_RESOURCES",
    createdAt: at(2, 20, 15),
    subject: "Ressources complémentaires pour avancer sur mon projet",
    message: sign(
      `Je bloque depuis une semaine sur le projet « ${lea.project} ». Les cours de la plateforme ne me suffisent pas pour comprendre certaines notions : auriez-vous des ressources complémentaires (exercices, vidéos, articles) à me conseiller ?\n\nMerci d'avance,`,
      lea.firstName,
    ),
    details: { project: lea.project },
  });

  const l12 = ctx.learner(12);
  await createRequest(db, {
    ...base(),
    learnerId: l12.id,
    topic: "EXTRA_SESSIONS",
    createdAt: at(3, 9, 40),
    subject: "Demande de sessions supplémentaires avant ma soutenance",
    message: sign(
      "Ma prochaine soutenance approche et j'aimerais passer à deux sessions de mentorat par semaine pendant un mois pour être prêt·e. Est-ce possible ?\n\nBonne journée,",
      l12.firstName,
    ),
    details: { sessionsPerWeek: 2, weeks: 4 },
  });

  const l27 = ctx.learner(27);
  const pauseStart = addDays(anchor, 21);
  const pauseEnd = addDays(anchor, 41);
  const breakRequest = await createRequest(db, {
    ...base(),
    learnerId: l27.id,
    topic: "BREAK_REQUEST",
    createdAt: at(1, 11, 5),
    subject: "Demande de pause de trois semaines",
    message: sign(
      `Pour des raisons de santé, je vais devoir interrompre ma formation pendant environ trois semaines, du ${formatFrenchDate(pauseStart)} au ${formatFrenchDate(pauseEnd)}. J'ai mis les précisions dans la partie confidentielle. Comment cela se passe-t-il pour mon planning ?\n\nMerci,`,
      l27.firstName,
    ),
    details: { startDate: isoDate(pauseStart), endDate: isoDate(pauseEnd) },
    sensitive: { reasonKind: "ILLNESS", reasonDetails: "Opération programmée, convalescence d'environ trois semaines." },
  });
  // The break the request asks for, waiting for the advisor's decision (on the request page or
  // in the learner file), with a planned session and a defence inside it: approving it cancels
  // the one and flags the other.
  await createBreak(db, {
    learnerId: l27.id,
    requestId: breakRequest.id,
    startDate: pauseStart,
    endDate: pauseEnd,
    reasonKind: "ILLNESS",
    reasonDetails: "Opération programmée, convalescence d'environ trois semaines.",
    createdAt: at(1, 11, 5),
  });
  await createSession(db, { learnerId: l27.id, mentorId: l27.mentor.id, scheduledAt: parisAt(addDays(pauseStart, 2), 10, 0), status: "SCHEDULED", createdAt: at(1, 9, 0) });
  await createSession(db, {
    learnerId: l27.id,
    mentorId: l27.mentor.id,
    kind: "DEFENCE",
    scheduledAt: parisAt(addDays(pauseStart, 9), 14, 0),
    durationMinutes: 60,
    status: "SCHEDULED",
    createdAt: at(1, 9, 0),
  });

  const l31 = ctx.learner(31);
  const asked = at(4, 14, 30);
  const answered = at(3, 9, 10);
  const admin = await createRequest(db, {
    ...base(),
    learnerId: l31.id,
    topic: "ADMIN_SUPPORT",
    createdAt: asked,
    status: "IN_PROGRESS",
    firstResponseAt: answered,
    updatedAt: new Date(answered.getTime() + 60_000),
    version: 3,
    subject: "Attestation d'entrée en formation pour France Travail",
    message: sign(
      "Mon conseiller France Travail me demande une attestation d'entrée en formation mentionnant les dates prévues de début et de fin. Pourriez-vous me la transmettre ?\n\nCordialement,",
      l31.firstName,
    ),
  });
  await createRequestEvent(db, { requestId: admin.id, type: "STATUS_CHANGED", actorId: l31.advisor.id, fromStatus: "NEW", toStatus: "IN_PROGRESS", createdAt: answered });
  await createRequestEvent(db, {
    requestId: admin.id,
    type: "REPLY",
    actorId: l31.advisor.id,
    body: `Bonjour ${l31.firstName},\n\nJe transmets votre demande au service administratif : vous recevrez l'attestation par e-mail sous 48 heures.\n\nBien à vous,\n${l31.advisor.firstName}`,
    createdAt: new Date(answered.getTime() + 60_000),
  });

  const l3 = ctx.learner(3);
  const afterLastSession = l3.lastPastSessionAt ? new Date(l3.lastPastSessionAt.getTime() + 3 * 3_600_000) : at(1, 18, 40);
  await createRequest(db, {
    ...base(),
    learnerId: l3.id,
    authorId: l3.mentor.id,
    topic: "DISENGAGEMENT_RISK",
    priority: "URGENT",
    createdAt: afterLastSession < now ? afterLastSession : new Date(now.getTime() - 30 * 60_000),
    subject: "Risque d'abandon : deux absences consécutives",
    message: sign(
      `${l3.firstName} a manqué nos deux dernières sessions sans prévenir et ne répond plus à mes messages. Le projet « ${l3.project} » a pris plusieurs semaines de retard et je crains un abandon. Pouvez-vous transmettre à son conseiller pédagogique ?\n\nMerci,`,
      l3.mentor.firstName,
    ),
    details: { missedSessions: 2, project: l3.project },
  });

  const l7 = ctx.learner(7);
  const absentFrom = addDays(anchor, 7);
  const absentTo = addDays(anchor, 20);
  await createRequest(db, {
    ...base(),
    learnerId: l7.id,
    authorId: l7.mentor.id,
    topic: "UPCOMING_ABSENCE",
    priority: "URGENT",
    createdAt: at(1, 12, 20),
    subject: "Absence prévue à partir de lundi prochain",
    message: sign(
      `${l7.firstName} m'a prévenu d'une absence pour un cas de force majeure, du ${formatFrenchDate(absentFrom)} au ${formatFrenchDate(absentTo)}. Les précisions sont dans la partie confidentielle. Nos sessions de ces deux semaines sont à reprogrammer.`,
      l7.mentor.firstName,
    ),
    details: { startDate: isoDate(absentFrom), endDate: isoDate(absentTo) },
    sensitive: { reasonKind: "HOSPITAL", reasonDetails: "Hospitalisation programmée, durée estimée à deux semaines." },
  });

  const l22 = ctx.learner(22);
  await createRequest(db, {
    ...base(),
    learnerId: l22.id,
    authorId: l22.mentor.id,
    topic: "DISENGAGEMENT_RISK",
    priority: "URGENT",
    createdAt: at(2, 10, 5),
    subject: "Plus de nouvelles depuis plusieurs semaines",
    message: sign(
      `${l22.firstName} n'a réservé aucune session depuis plus de deux semaines et le projet « ${l22.project} » n'avance plus. Mes messages restent sans réponse. Un appel de son conseiller pédagogique serait sans doute utile.`,
      l22.mentor.firstName,
    ),
    details: { project: l22.project },
  });

  const l44 = ctx.learner(44);
  await createRequest(db, {
    ...base(),
    learnerId: l44.id,
    authorId: l44.mentor.id,
    topic: "PLAGIARISM",
    priority: "HIGH",
    createdAt: at(3, 16, 50),
    subject: `Soupçon de plagiat sur le projet ${l44.project.split(" · ")[0]}`,
    message: sign(
      `En relisant les livrables du projet « ${l44.project} », j'ai retrouvé de larges passages identiques à un dépôt public, sans citation de la source. Je n'ai pas validé la soutenance en attendant votre avis.`,
      l44.mentor.firstName,
    ),
    details: { project: l44.project, evidence: "Environ 80 % du code identique à un dépôt GitHub public (lien transmis au Support)." },
  });

  await seedResolvedAlert(ctx, at, base());
  return key;
}

/** An alert that went the whole way: triage → advisor → resolved, mentor told. */
async function seedResolvedAlert(
  ctx: RequestContext,
  at: (daysAgo: number, hour: number, minute: number) => Date,
  keys: { idempotencyKey: string },
) {
  const { db } = ctx;
  const l17 = ctx.learner(17);
  const { advisor, mentor } = l17;
  const forwarded = at(11, 9, 30);
  const taken = at(11, 14, 0);
  const resolved = at(10, 11, 15);
  const alert = await createRequest(db, {
    ...keys,
    learnerId: l17.id,
    authorId: mentor.id,
    topic: "EXCEPTIONAL_CIRCUMSTANCES",
    priority: "HIGH",
    createdAt: at(12, 17, 30),
    subject: "Circonstances exceptionnelles : déménagement en urgence",
    message: sign(
      `${l17.firstName} m'informe qu'un dégât des eaux a rendu son logement inhabitable : déménagement en urgence et pas de connexion internet pendant environ une semaine. Nos sessions sont à décaler.`,
      mentor.firstName,
    ),
  });
  const events = [
    { type: "REASSIGNED", actorId: ctx.support.id, visibility: "INTERNAL", body: `Transmis à ${advisor.firstName} ${advisor.lastName}, conseiller·ère pédagogique de ${l17.firstName}.`, fromQueue: "TRIAGE", toQueue: "ADVISOR", toAssigneeId: advisor.id, createdAt: forwarded },
    { type: "STATUS_CHANGED", actorId: advisor.id, fromStatus: "NEW", toStatus: "IN_PROGRESS", createdAt: taken },
    { type: "REPLY", actorId: advisor.id, body: `Merci ${mentor.firstName} pour l'alerte. J'ai eu ${l17.firstName} au téléphone : relogement trouvé, la connexion revient lundi. Nous décalons les sessions d'une semaine, sans incidence sur la suite du parcours.`, createdAt: resolved },
    { type: "STATUS_CHANGED", actorId: advisor.id, fromStatus: "IN_PROGRESS", toStatus: "RESOLVED", createdAt: new Date(resolved.getTime() + 60_000) },
  ] as const;
  for (const e of events) await createRequestEvent(db, { requestId: alert.id, ...e });
  await db.supportRequest.update({
    where: { id: alert.id },
    data: {
      queue: "ADVISOR",
      assigneeId: advisor.id,
      status: "RESOLVED",
      firstResponseAt: resolved,
      resolvedAt: new Date(resolved.getTime() + 60_000),
      loopClosedAt: new Date(resolved.getTime() + 60_000),
      version: 4,
      updatedAt: new Date(resolved.getTime() + 60_000),
    },
  });
}
