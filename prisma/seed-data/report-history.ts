import type { RequestTopic } from "@prisma/client";
import { addDays, addHours, createRequest, createRequestEvent } from "../../tests/factories";
import { addWorkingHours, slaDueDates } from "../../lib/domain/sla";
import { parisAt } from "./calendar";
import type { Rng } from "./prng";
import type { RequestContext, RequestLearner } from "./requests";

// Four months of closed work, so /reports has figures with the demo accounts: learner
// requests answered and resolved (some late), mentor alerts followed by a follow-up case
// with its calls (some missed, some learners unreachable). All of it at least a week old and
// closed, and none of it about the learners the other demo stories use.

/** Learners whose demo story (requests.ts, follow-up.ts) must stay as it is. */
const STORY_LEARNERS = new Set([0, 3, 6, 7, 9, 12, 17, 22, 27, 31, 44]);
const LEARNER_TOPICS: RequestTopic[] = ["EXTRA_RESOURCES", "EXTRA_SESSIONS", "ADMIN_SUPPORT", "OTHER"];
const MENTOR_TOPICS: RequestTopic[] = ["DISENGAGEMENT_RISK", "EXCEPTIONAL_CIRCUMSTANCES", "PLAGIARISM"];

export async function seedReportHistory(ctx: RequestContext & { learners: RequestLearner[]; rng: Rng }): Promise<number> {
  const { db, today } = ctx;
  let count = 0;
  for (const [index, learner] of ctx.learners.entries()) {
    if (STORY_LEARNERS.has(index)) continue;
    const rng = ctx.rng.fork(index);
    const day = (daysAgo: number, hour: number) => parisAt(addDays(today, -daysAgo), hour, rng.int(0, 59));
    for (let n = rng.int(1, 3); n > 0; n--) {
      const createdAt = day(rng.int(8, 120), rng.int(8, 19));
      const priority = rng.chance(0.2) ? "HIGH" : "NORMAL";
      const due = slaDueDates(priority, createdAt);
      const firstResponseAt = addWorkingHours(createdAt, rng.chance(0.8) ? rng.int(1, 14) : rng.int(17, 30));
      const resolvedAt = addWorkingHours(firstResponseAt, rng.int(2, 40));
      const request = await createRequest(db, {
        learnerId: learner.id,
        topic: rng.pick(LEARNER_TOPICS),
        priority,
        status: "RESOLVED",
        subject: "Question sur le projet en cours",
        message: `Bonjour, j'ai une question sur ${learner.project}.`,
        createdAt,
        ...due,
        firstResponseAt,
        resolvedAt,
        idempotencyKey: `report-history-${index}-${n}`,
      });
      await createRequestEvent(db, { requestId: request.id, type: "REPLY", actorId: learner.advisor.id, body: "Merci pour votre message, voici ce que je vous propose.", createdAt: firstResponseAt });
      count++;
    }
    if (!rng.chance(0.4)) continue;
    // A mentor alert, forwarded to the advisor, who calls the learner.
    const alertAt = day(rng.int(10, 110), rng.int(9, 18));
    const firstCall = addWorkingHours(alertAt, rng.chance(0.75) ? rng.int(2, 15) : rng.int(18, 40));
    const reachable = rng.chance(0.85);
    const alert = await createRequest(db, {
      learnerId: learner.id,
      authorId: learner.mentor.id,
      topic: rng.pick(MENTOR_TOPICS),
      queue: "ADVISOR",
      assigneeId: learner.advisor.id,
      priority: "HIGH",
      status: "RESOLVED",
      subject: "Alerte sur l'assiduité",
      message: `${learner.firstName} ne s'est pas connecté·e depuis une semaine.`,
      createdAt: alertAt,
      ...slaDueDates("HIGH", alertAt),
      firstResponseAt: addHours(alertAt, 1),
      resolvedAt: addDays(firstCall, 8),
      idempotencyKey: `report-history-alert-${index}`,
    });
    const solved = reachable && rng.chance(0.7);
    const followUp = await db.followUpCase.create({
      data: {
        learnerId: learner.id,
        advisorId: learner.advisor.id,
        reason: "MENTOR_ALERT",
        sourceRequestId: alert.id,
        status: "CLOSED",
        blocker: reachable ? "Organisation du temps de travail" : null,
        outcome: solved ? "BLOCKER_SOLVED" : "BLOCKER_NOT_SOLVED",
        nextStep: solved ? "Rythme repris, point dans un mois" : "Nouvel essai de contact par le mentor",
        openedAt: addHours(alertAt, 2),
        closedAt: addDays(firstCall, 8),
      },
    });
    const call = (kind: "FIRST" | "FOLLOW_UP", startsAt: Date, status: "HELD" | "NO_SHOW") => ({ caseId: followUp.id, learnerId: learner.id, advisorId: learner.advisor.id, kind, startsAt, status, createdAt: alertAt });
    await db.appointment.createMany({
      data: reachable
        ? [call("FIRST", firstCall, "HELD"), call("FOLLOW_UP", addDays(firstCall, 7), solved || rng.chance(0.5) ? "HELD" : "NO_SHOW")]
        : [call("FIRST", firstCall, "NO_SHOW"), call("FIRST", addDays(firstCall, 2), "NO_SHOW")],
    });
    count++;
  }
  return count;
}
