import "server-only";
import type { Prisma } from "@prisma/client";
import { getDb, TX_OPTIONS } from "@/lib/server/db";
import { NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { now } from "@/lib/server/clock";
import { refuse } from "@/lib/server/errors";
import { breakCascade, breakWindow } from "@/lib/domain/breaks";
import type { DecideBreakInput } from "@/lib/schemas/follow-up";
import { breakDecisionEmail, breakDecisionText, breakMentorEmail } from "@/lib/server/mail/templates/breaks";
import { assertAdvisorOf } from "./advisor-scope";
import { writeAudit } from "./audit";
import { enqueueEmail } from "./outbox";
import { sessionSnapshot } from "./sessions";
import { resolveRequestsInTx } from "./triage";

const contact = { select: { email: true, firstName: true, lastName: true, locale: true, active: true } } as const;

const day = (value: string) => new Date(`${value}T00:00:00Z`);

/**
 * The advisor's decision on a requested break, and everything it moves, in one transaction:
 * the break (approved with its dates, or refused with a reason the learner reads); on
 * approval, the learner's planned mentoring sessions inside it are cancelled by the school
 * (each keeps a revision) and the mentor is told, a planned defence inside it is flagged;
 * the request the break came from is answered (a public reply in the learner's language)
 * and resolved; the learner gets one email.
 */
export async function decideBreak(actor: Actor, input: DecideBreakInput, at = now()): Promise<{ cancelled: number; defences: number }> {
  assertAdvisorOf(actor);
  return getDb().$transaction(async (tx) => {
    const found = await tx.learnerBreak.findFirst({
      where: { id: input.breakId, learner: { advisorId: actor.id } },
      select: {
        id: true,
        status: true,
        learnerId: true,
        startDate: true,
        endDate: true,
        request: { select: { id: true, status: true } },
        learner: { select: { user: contact, mentor: contact } },
      },
    });
    if (!found) throw new NotFoundError();
    const approved = input.decision === "APPROVED";
    const dates = approved ? { startDate: day(input.startDate), endDate: day(input.endDate) } : { startDate: found.startDate, endDate: found.endDate };
    const note = input.note?.trim() ? input.note.trim() : null;
    const { count } = await tx.learnerBreak.updateMany({
      where: { id: found.id, status: "REQUESTED" },
      data: { status: input.decision, decidedById: actor.id, decidedAt: at, decisionNote: note, ...dates },
    });
    if (count !== 1) throw refuse.form("conflict");

    const cascade = approved ? await cancelSessionsInside(tx, actor, found.id, found.learnerId, dates) : { cancel: [], defences: [] };
    const learner = found.learner.user;
    const text = breakDecisionText(learner.locale, input.decision, dates, cascade.cancel.length, note);
    const request = found.request;
    if (request && request.status !== "RESOLVED" && request.status !== "CLOSED") {
      await tx.requestEvent.create({ data: { requestId: request.id, actorId: actor.id, type: "REPLY", visibility: "PUBLIC", body: text, createdAt: at } });
      await tx.supportRequest.updateMany({ where: { id: request.id, firstResponseAt: null }, data: { firstResponseAt: at } });
      await resolveRequestsInTx(tx, actor.id, [{ id: request.id, fromStatus: request.status, closeLoop: false }], null, at);
    }
    if (learner.active) {
      await enqueueEmail(tx, breakDecisionEmail(learner, input.decision, dates, text, request ? `/learner/requests/${request.id}` : "/learner"));
    }
    const mentor = found.learner.mentor;
    if (approved && mentor?.active) {
      const defences = cascade.defences.map((d) => d.scheduledAt);
      await enqueueEmail(tx, breakMentorEmail(mentor, `${learner.firstName} ${learner.lastName}`, dates, cascade.cancel.length, defences));
    }
    await writeAudit(tx, {
      actorId: actor.id,
      action: approved ? "break.approved" : "break.refused",
      entityType: "LearnerBreak",
      entityId: found.id,
      learnerId: found.learnerId,
      before: { status: found.status, startDate: found.startDate.toISOString(), endDate: found.endDate.toISOString() },
      after: {
        status: input.decision,
        ...(approved ? { startDate: input.startDate, endDate: input.endDate, cancelledSessions: cascade.cancel.length, defencesInside: cascade.defences.length } : {}),
      },
    });
    return { cancelled: cascade.cancel.length, defences: cascade.defences.length };
  }, TX_OPTIONS);
}

/** Cancels (by the school, for this break) the planned mentoring sessions inside it; returns them and the defences inside it. */
async function cancelSessionsInside(tx: Prisma.TransactionClient, actor: Actor, breakId: string, learnerId: string, dates: { startDate: Date; endDate: Date }) {
  const window = breakWindow(dates);
  const planned = await tx.mentoringSession.findMany({ where: { learnerId, status: "SCHEDULED", scheduledAt: { gte: window.start, lt: window.end } } });
  const { cancel, defences } = breakCascade(planned, dates);
  const cancelled = planned.filter((s) => cancel.includes(s.id));
  if (cancelled.length > 0) {
    await tx.sessionRevision.createMany({ data: cancelled.map((s) => ({ sessionId: s.id, editedById: actor.id, before: sessionSnapshot(s) })) });
    await tx.mentoringSession.updateMany({
      where: { id: { in: cancel }, status: "SCHEDULED" },
      data: { status: "CANCELLED", cancelledBy: "SCHOOL", cancelledForBreakId: breakId, version: { increment: 1 } },
    });
  }
  return { cancel: cancelled, defences: planned.filter((s) => defences.includes(s.id)) };
}
