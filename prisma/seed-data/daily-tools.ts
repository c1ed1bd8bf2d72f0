import type { User } from "@prisma/client";
import { addDays, createRequest, createRequestEvent } from "../../tests/factories";
import { isoWeekKey, previousIsoWeek } from "../../lib/domain/week";
import { parisAt } from "./calendar";
import type { RequestContext, RequestLearner } from "./requests";

// The team's daily tools with something in them for the demo accounts:
// - the advisor (conseiller@demo.test): a learner's reply since yesterday, calls today and
//   tomorrow, an open signal (and the seeded case waiting for its second call), so the
//   worklist on /advisor and the counts in the navigation show something;
// - the learner (apprenant@demo.test): a reply from the advisor not read yet (and its notification);
// - the admin: an advisor change and sensitive reads in the audit log (/admin/audit).
export async function seedDailyTools(ctx: RequestContext & { admin: User }): Promise<void> {
  const { db, now, today } = ctx;
  const lea = ctx.learner(0);
  const advisor = lea.advisor;
  const at = (daysAgo: number, hour: number, minute = 0) => {
    const instant = parisAt(addDays(today, -daysAgo), hour, minute);
    // Never in the future: a seed run early in the morning keeps its "this morning" in the past.
    return instant < now ? instant : new Date(now.getTime() - 5 * 60_000);
  };
  const mine: RequestLearner[] = [];
  for (let i = 1; mine.length < 3 && i < 60; i++) {
    const l = ctx.learner(i);
    if (l && l.advisor.id === advisor.id && i !== 3 && i !== 6 && i !== 9) mine.push(l);
  }
  const [replier, callToday, callTomorrow] = mine;

  // Léa's request: the advisor answered yesterday; Léa has not opened it since.
  const leaRequest = await db.supportRequest.findFirstOrThrow({ where: { learnerId: lea.id }, orderBy: { createdAt: "asc" }, select: { id: true } });
  await createRequestEvent(db, {
    requestId: leaRequest.id,
    type: "REPLY",
    actorId: advisor.id,
    body: "Bonjour Léa,\n\nJe vous ai sélectionné trois ressources sur les notions qui vous bloquent ; dites-moi si elles vous aident.\n\nCamille",
    createdAt: at(1, 10, 20),
  });
  await db.supportRequest.update({ where: { id: leaRequest.id }, data: { status: "IN_PROGRESS", firstResponseAt: at(1, 10, 20) } });
  await db.notification.create({ data: { userId: lea.id, kind: "REPLY", requestId: leaRequest.id, actorId: advisor.id, createdAt: at(1, 10, 20) } });

  // Another learner answered the advisor this morning: "learner replies since the last visit".
  if (replier) {
    const asked = await createRequest(db, {
      learnerId: replier.id,
      topic: "EXTRA_RESOURCES",
      idempotencyKey: "seed-daily-tools-1",
      createdAt: at(4, 9, 10),
      status: "IN_PROGRESS",
      firstResponseAt: at(3, 14, 0),
      subject: "Exercices pour préparer la soutenance",
      message: `Bonjour,\n\nAuriez-vous des exercices pour préparer ma prochaine soutenance ?\n\n${replier.firstName}`,
    });
    await createRequestEvent(db, { requestId: asked.id, type: "REPLY", actorId: advisor.id, body: "Bonjour,\n\nQuel est le sujet de votre soutenance ?", createdAt: at(3, 14, 0) });
    await db.requestRead.create({ data: { userId: advisor.id, requestId: asked.id, readAt: at(3, 14, 0) } });
    await createRequestEvent(db, { requestId: asked.id, type: "REPLY", actorId: replier.id, body: `Bonjour,\n\nC'est le projet « ${replier.project} ».\n\n${replier.firstName}`, createdAt: at(0, 8, 15) });
    await db.notification.create({ data: { userId: advisor.id, kind: "REPLY", requestId: asked.id, actorId: replier.id, createdAt: at(0, 8, 15) } });
  }

  // Calls today and tomorrow (first calls of two new cases).
  for (const [learner, dayOffset, hour] of [
    [callToday, 0, 16],
    [callTomorrow, -1, 10],
  ] as const) {
    if (!learner) continue;
    const opened = at(2, 11, 0);
    const followUp = await db.followUpCase.create({ data: { learnerId: learner.id, advisorId: advisor.id, reason: "CHECK_IN", openedAt: opened } });
    await db.appointment.create({
      data: { caseId: followUp.id, learnerId: learner.id, advisorId: advisor.id, kind: "FIRST", startsAt: parisAt(addDays(today, -dayOffset), hour, 30), createdAt: opened },
    });
  }

  // An open signal from last week's check.
  const signalled = callTomorrow ?? lea;
  await db.learnerSignal.create({
    data: { learnerId: signalled.id, advisorId: advisor.id, kind: "COMMITMENT_NOT_KEPT", isoWeek: isoWeekKey(previousIsoWeek(now).start), createdAt: at(0, 7, 0) },
  });

  // The audit log: an advisor change by the admin (ids resolved to names on /admin/audit)
  // and the advisor's reads of Léa's health and RQTH data, grouped per day.
  const previousAdvisor = await db.user.findFirst({ where: { role: "ADVISOR", id: { not: advisor.id } }, select: { id: true } });
  if (replier && previousAdvisor) {
    await db.auditLog.create({
      data: {
        actorId: ctx.admin.id,
        action: "learner.advisor.changed",
        entityType: "LearnerProfile",
        entityId: replier.id,
        learnerId: replier.id,
        before: { advisorId: previousAdvisor.id },
        after: { advisorId: advisor.id, reason: "Rééquilibrage des portefeuilles" },
        createdAt: at(5, 9, 0),
      },
    });
  }
  for (const [daysAgo, hour] of [
    [1, 9],
    [1, 14],
    [0, 8],
    [0, 8],
    [0, 9],
  ] as const) {
    await db.auditLog.create({
      data: { actorId: advisor.id, action: "learner.sensitive.read", entityType: "LearnerSensitive", entityId: lea.id, learnerId: lea.id, createdAt: at(daysAgo, hour, 5 * daysAgo + hour) },
    });
  }
}
