import { createHash, randomBytes } from "node:crypto";
import { addDays, addHours, createRequest, type FactoryDb } from "../../tests/factories";
import { surveyExpiry } from "../../lib/domain/satisfaction";
import { complaintDueAt, DEFAULT_COMPLAINT_WORKING_DAYS } from "../../lib/domain/complaints";
import type { Rng } from "./prng";
import type { RequestLearner } from "./requests";

// Issue 16's demo data: a satisfaction survey after each resolved request and closed case of
// the report history (./report-history.ts), answered over the weeks so the chart has data; and
// two complaints, one answered with its corrective action, one still open near its deadline.

const COMMENTS = [
  "Réponse rapide et claire, merci.",
  "Mon conseiller m'a bien aidé à reprendre le rythme.",
  "J'aurais aimé être rappelé plus tôt.",
  "Très à l'écoute.",
  "La réponse ne répondait pas tout à fait à ma question.",
];

/** Nobody holds a demo survey link: the token is drawn and thrown away, only its hash stays. */
const unusableTokenHash = () => createHash("sha256").update(randomBytes(32)).digest("hex");

export async function seedSatisfaction(db: FactoryDb, rng: Rng, now: Date): Promise<number> {
  const resolved = await db.supportRequest.findMany({ where: { idempotencyKey: { startsWith: "report-history-" }, resolvedAt: { not: null } }, select: { id: true, authorId: true, learnerId: true, resolvedAt: true } });
  const cases = await db.followUpCase.findMany({ where: { status: "CLOSED", closedAt: { not: null }, sourceRequest: { idempotencyKey: { startsWith: "report-history-" } } }, select: { id: true, learnerId: true, closedAt: true } });
  const subjects = [
    ...resolved.map((r) => ({ requestId: r.id, caseId: null, recipientId: r.authorId, learnerId: r.learnerId, sentAt: r.resolvedAt! })),
    ...cases.map((c) => ({ requestId: null, caseId: c.id, recipientId: c.learnerId, learnerId: c.learnerId, sentAt: c.closedAt! })),
  ];
  const rows = subjects.map((s, i) => {
    const r = rng.fork(i);
    const expiresAt = surveyExpiry(s.sentAt);
    // Two in three answer within a few days (if that is past); ratings lean satisfied.
    const answeredAt = r.chance(0.65) ? addHours(s.sentAt, r.int(2, 96)) : null;
    const answered = answeredAt && answeredAt.getTime() < now.getTime() ? answeredAt : null;
    const rating = answered ? r.pick([2, 3, 4, 4, 4, 5, 5, 5, 5]) : null;
    const { sentAt, ...subject } = s;
    return {
      ...subject,
      tokenHash: unusableTokenHash(),
      createdAt: sentAt,
      expiresAt,
      answeredAt: answered,
      rating,
      comment: answered && r.chance(0.35) ? r.pick(COMMENTS) : null,
    };
  });
  await db.surveyInvitation.createMany({ data: rows });
  return rows.length;
}

export async function seedComplaints(db: FactoryDb, learners: RequestLearner[], manager: { id: string }, now: Date): Promise<void> {
  // Answered, with its corrective action done: a resolved request of the history, requalified.
  const old = await db.supportRequest.findFirstOrThrow({ where: { idempotencyKey: { startsWith: "report-history-" }, side: "LEARNER" }, orderBy: { createdAt: "asc" }, select: { id: true, createdAt: true, assigneeId: true } });
  const answeredAt = addDays(old.createdAt, 6);
  await db.complaint.create({
    data: {
      requestId: old.id,
      receivedAt: old.createdAt,
      dueAt: complaintDueAt(old.createdAt, DEFAULT_COMPLAINT_WORKING_DAYS),
      acknowledgedAt: old.createdAt,
      requalifiedReason: "L'apprenant·e conteste le délai de réponse à sa première demande.",
      requalifiedById: old.assigneeId,
      status: "CLOSED",
      answer: "Nous vous présentons nos excuses pour ce délai : votre demande est arrivée pendant l'absence de votre conseiller·ère, sans relais.",
      answeredAt,
      answeredById: manager.id,
      correctiveAction: "Un relais est désormais désigné pour chaque absence de conseiller·ère de plus de deux jours.",
      correctiveDoneAt: new Date(`${addDays(answeredAt, 10).toISOString().slice(0, 10)}T00:00:00Z`),
    },
  });
  // Open, its deadline two working days away: filed with the contact form's flag.
  const learner = learners[learners.length - 1];
  let receivedAt = addDays(now, -30);
  while (complaintDueAt(receivedAt, DEFAULT_COMPLAINT_WORKING_DAYS).getTime() < addDays(now, 2).getTime()) receivedAt = addHours(receivedAt, 6);
  const request = await createRequest(db, {
    learnerId: learner.id,
    topic: "ADMIN_SUPPORT",
    status: "IN_PROGRESS",
    subject: "Réclamation : attestation de fin de formation non reçue",
    message: "Bonjour, je n'ai toujours pas reçu mon attestation, malgré deux relances. Je souhaite faire une réclamation.",
    createdAt: receivedAt,
    firstResponseAt: addHours(receivedAt, 4),
    idempotencyKey: "demo-complaint-open",
  });
  await db.complaint.create({ data: { requestId: request.id, receivedAt, dueAt: complaintDueAt(receivedAt, DEFAULT_COMPLAINT_WORKING_DAYS), acknowledgedAt: receivedAt } });
}
