import "server-only";
import { getDb, TX_OPTIONS } from "@/lib/server/db";
import { ANONYMISED, retentionCutoff } from "@/lib/domain/retention";
import { eraseConfidentialDetails, eraseRequestConfidential, noHoldAt, recordRetention, type ErasureCounts } from "../erasure";

// The retention job (lib/server/jobs/retention.ts) runs without an actor, once a day
// across workers. Each class is one conditional write over what is due by the schedule
// of lib/domain/retention.ts, so a second run finds nothing left to do; what it did is
// recorded as counts per class (RetentionRun), never content.

const BATCH = 500;

export async function applyRetention(now: Date): Promise<ErasureCounts> {
  const db = getDb();
  // A learner under a legal hold in force keeps what the schedule marks `legalHold`.
  const noHold = noHoldAt(now);
  return db.$transaction(async (tx) => {
    const ended = retentionCutoff("CONFIDENTIAL_DETAILS", now);
    const endedLearners = await tx.learnerProfile.findMany({
      where: { plannedEndDate: { lt: ended }, AND: [noHold], OR: [{ sensitive: { isNot: null } }, { accommodationPlan: { isNot: null } }] },
      select: { userId: true },
      take: BATCH,
    });
    const confidential = await eraseConfidentialDetails(tx, endedLearners.map((l) => l.userId));

    const requestEnded = retentionCutoff("REQUEST_CONFIDENTIAL", now);
    const requestLearners = await tx.learnerProfile.findMany({
      where: { plannedEndDate: { lt: requestEnded }, AND: [noHold], OR: [{ requests: { some: { hasSensitive: true } } }, { breaks: { some: { reasonDetails: { not: null } } } }] },
      select: { userId: true },
      take: BATCH,
    });
    const requestPart = await eraseRequestConfidential(tx, requestLearners.map((l) => l.userId));

    const closedBefore = retentionCutoff("REQUESTS", now);
    const oldRequests = { OR: [{ closedAt: { lt: closedBefore } }, { resolvedAt: { lt: closedBefore } }], subject: { not: ANONYMISED }, learner: noHold };
    const events = await tx.requestEvent.updateMany({ where: { request: oldRequests, body: { not: null }, NOT: { body: ANONYMISED } }, data: { body: ANONYMISED } });
    // The thread's emails and documents go with its words (the request is matched before its subject changes).
    const inbound = await tx.inboundEmail.updateMany({ where: { request: oldRequests, NOT: { body: null, subject: null, fromAddress: null } }, data: { body: null, subject: null, fromAddress: null } });
    const documents = await tx.attachment.deleteMany({ where: { request: oldRequests } });
    const requests = await tx.supportRequest.updateMany({ where: oldRequests, data: { subject: ANONYMISED, message: ANONYMISED, details: {} } });

    const sessionsBefore = retentionCutoff("SESSIONS", now);
    const oldSessions = { scheduledAt: { lt: sessionsBefore }, learner: noHold };
    // A revision keeps the notes as they were before an edit: it goes with them.
    const revisions = await tx.sessionRevision.deleteMany({ where: { session: oldSessions } });
    const sessions = await tx.mentoringSession.updateMany({ where: { ...oldSessions, privateNote: { not: null } }, data: { privateNote: null } });
    // The advisor's notes of follow-up cases and calls follow the same rule; outcomes stay.
    const cases = await tx.followUpCase.updateMany({
      where: { openedAt: { lt: sessionsBefore }, status: "CLOSED", learner: noHold, OR: [{ blocker: { not: null } }, { nextStep: { not: null } }] },
      data: { blocker: null, nextStep: null },
    });
    const calls = await tx.appointment.updateMany({ where: { startsAt: { lt: sessionsBefore }, notes: { not: null }, learner: noHold }, data: { notes: null } });
    const consents = await tx.consentRecord.deleteMany({ where: { withdrawnAt: { lt: retentionCutoff("CONSENTS", now) } } });
    const audit = await tx.auditLog.deleteMany({ where: { createdAt: { lt: retentionCutoff("AUDIT", now) } } });
    const outbox = await tx.emailOutbox.deleteMany({ where: { status: { in: ["SENT", "FAILED"] }, createdAt: { lt: retentionCutoff("OUTBOX", now) } } });

    const counts: ErasureCounts = {
      ...confidential,
      ...requestPart,
      "REQUESTS:anonymise": requests.count + events.count + inbound.count + documents.count,
      "SESSIONS:anonymise": sessions.count + revisions.count + cases.count + calls.count,
      "CONSENTS:erase": consents.count,
      "AUDIT:erase": audit.count,
      "OUTBOX:erase": outbox.count,
    };
    await recordRetention(tx, "job", counts, now);
    return counts;
  }, { ...TX_OPTIONS, timeout: 60_000 });
}
