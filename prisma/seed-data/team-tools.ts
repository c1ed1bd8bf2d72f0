import { addDays, createRequest } from "../../tests/factories";
import { linkPair } from "../../lib/domain/request-merge";
import { parisAt } from "./calendar";
import type { RequestContext } from "./requests";

// The team's daily tools (issue 15, part A): shared canned replies for the answers
// typed again and again (break, CPF, RQTH paperwork) in French and English, two
// macros, and one linked pair (a mentor's alert and the learner's own request).

const CANNED = [
  {
    locale: "fr",
    title: "Pause : la démarche",
    body: "Bonjour {{learner.firstName}},\n\nPour une pause, faites la demande depuis « Contacter mon conseiller » (sujet « Besoin d'une pause ») en indiquant les dates souhaitées. {{advisor.name}}, votre conseiller·ère, vous répond sous deux jours ouvrés ; vos sessions prévues pendant la pause sont alors annulées par l'école.\n\nBien à vous,\n{{agent.name}}",
  },
  {
    locale: "en",
    title: "Break: how to ask",
    body: "Hello {{learner.firstName}},\n\nTo take a break, ask from “Contact my advisor” (topic “Need a break”) with the dates you want. {{advisor.name}}, your advisor, answers within two working days; the sessions planned during the break are then cancelled by the school.\n\nKind regards,\n{{agent.name}}",
  },
  {
    locale: "fr",
    title: "CPF : attestation d'inscription",
    body: "Bonjour {{learner.firstName}},\n\nL'attestation d'inscription pour votre dossier CPF est disponible dans votre espace de formation, rubrique « Documents ». Si un organisme vous demande un autre justificatif, répondez à cette demande (n° {{request.number}}) en nous le précisant.\n\nBien à vous,\n{{agent.name}}",
  },
  {
    locale: "en",
    title: "CPF: enrolment certificate",
    body: "Hello {{learner.firstName}},\n\nThe enrolment certificate for your CPF file is in your training space, under “Documents”. If an organisation asks for another document, reply to this request (no. {{request.number}}) telling us which.\n\nKind regards,\n{{agent.name}}",
  },
  {
    locale: "fr",
    title: "RQTH : pièces à fournir",
    body: "Bonjour {{learner.firstName}},\n\nPour mettre en place des aménagements liés à la RQTH, envoyez à {{advisor.name}} l'attestation de reconnaissance (la notification de la MDPH suffit) ; vous n'avez pas à détailler votre situation de santé. Les aménagements possibles (délais de soutenance, rythme des sessions) sont ensuite convenus avec vous.\n\nBien à vous,\n{{agent.name}}",
  },
  {
    locale: "en",
    title: "RQTH: documents to send",
    body: "Hello {{learner.firstName}},\n\nTo set up adjustments linked to your RQTH, send {{advisor.name}} the recognition certificate (the MDPH notification is enough); you do not need to describe your health. The possible adjustments (defence deadlines, session rhythm) are then agreed with you.\n\nKind regards,\n{{agent.name}}",
  },
] as const;

const MACROS = [
  {
    title: "Transmis au conseiller",
    locale: "fr",
    reply: "Bonjour {{learner.firstName}},\n\nVotre demande n° {{request.number}} est transmise à {{advisor.name}}, votre conseiller·ère pédagogique, qui revient vers vous rapidement.\n\n{{agent.name}}",
    status: "IN_PROGRESS",
    assignment: "LEARNER_ADVISOR",
  },
  {
    title: "Justificatif demandé",
    locale: "fr",
    reply: "Bonjour {{learner.firstName}},\n\nPour traiter votre demande n° {{request.number}}, nous avons besoin d'un justificatif : répondez à ce message en le joignant ou en nous indiquant quand vous pourrez l'envoyer.\n\n{{agent.name}}",
    status: "WAITING_FOR_REQUESTER",
    assignment: "ACTOR",
  },
] as const;

export async function seedTeamTools(ctx: RequestContext): Promise<void> {
  const { db, today, now } = ctx;
  await db.cannedReply.createMany({ data: CANNED.map((c) => ({ ...c })) });
  await db.macro.createMany({ data: MACROS.map((m) => ({ ...m })) });

  // The learner of the "risque d'abandon" alert writes too: the two are linked, so whoever
  // opens one sees the other.
  const l3 = ctx.learner(3);
  const alert = await db.supportRequest.findFirstOrThrow({ where: { learnerId: l3.id, authorId: l3.mentor.id, topic: "DISENGAGEMENT_RISK" }, select: { id: true } });
  const createdAt = parisAt(addDays(today, -1), 21, 5);
  const own = await createRequest(db, {
    idempotencyKey: "seed-team-tools-1",
    learnerId: l3.id,
    topic: "EXTRA_RESOURCES",
    createdAt,
    subject: "Je n'arrive plus à avancer",
    message: `Bonjour,\n\nJ'ai décroché ces dernières semaines : je n'arrive plus à avancer sur « ${l3.project} » et j'ai manqué mes sessions. Pourriez-vous m'aider à reprendre ?\n\n${l3.firstName}`,
    details: { project: l3.project },
  });
  const support = ctx.support;
  const linkedAt = new Date(now.getTime() - 10 * 60_000);
  await db.requestLink.create({ data: { ...linkPair(alert.id, own.id), createdById: support.id, createdAt: linkedAt } });
  await db.requestEvent.createMany({
    data: [
      { requestId: alert.id, actorId: support.id, type: "LINKED", visibility: "INTERNAL", relatedRequestId: own.id, createdAt: linkedAt },
      { requestId: own.id, actorId: support.id, type: "LINKED", visibility: "INTERNAL", relatedRequestId: alert.id, createdAt: linkedAt },
    ],
  });
}
