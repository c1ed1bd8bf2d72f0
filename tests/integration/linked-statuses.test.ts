// Records that move together: a follow-up case opened from a request links both
// ways, and closing it resolves the request and closes the mentor's loop in the
// same transaction as the outbox rows — one email, not one per click.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "./db";
import { actorOf } from "./support/access";
import { createLearner, createRequest, createUser } from "@/tests/factories";
import type { Actor } from "@/lib/server/auth/actor";
import { setClock } from "@/lib/server/clock";
import { closeCase, logPastCall, openCase } from "@/lib/server/data/follow-up-cases";
import { getRequestThread } from "@/lib/server/data/request-thread";
import { changeRequestStatus } from "@/lib/server/data/triage";
import { getMyRequest } from "@/lib/server/data/my-requests";

const db = freshDatabase();
let advisor: Actor;
let mentor: Actor;
let mentorEmail: string;

beforeAll(async () => {
  advisor = actorOf(await createUser(db(), { role: "ADVISOR" }));
  const m = await createUser(db(), { role: "MENTOR" });
  mentor = actorOf(m);
  mentorEmail = m.email;
});
afterEach(() => setClock(null));

const emails = (to: string, template: string) => db().emailOutbox.count({ where: { toAddress: to, template } });

async function caseFromAlert() {
  const learner = await createLearner(db(), { advisorId: advisor.id, mentorId: mentor.id, email: `l-${Math.random().toString(36).slice(2)}@factory.test` });
  const alert = await createRequest(db(), { learnerId: learner.id, authorId: mentor.id, topic: "DISENGAGEMENT_RISK", status: "IN_PROGRESS" });
  const { caseId } = await openCase(advisor, { learnerId: learner.id, reason: "MENTOR_ALERT", sourceRequestId: alert.id });
  return { learner, alert, caseId };
}

describe("a case opened from a request", () => {
  it("links both ways, and the request offers no second case", async () => {
    const { learner, alert, caseId } = await caseFromAlert();
    const thread = await getRequestThread(advisor, alert.id);
    expect(thread.cases.map((c) => c.id)).toEqual([caseId]);
    await expect(openCase(advisor, { learnerId: learner.id, reason: "MENTOR_ALERT", sourceRequestId: alert.id })).rejects.toMatchObject({ failure: { formError: "caseExists" } });
  });

  it("closing it resolves the request with the shared outcome and tells the mentor exactly once", async () => {
    const { alert, caseId } = await caseFromAlert();
    setClock(new Date("2026-12-01T10:00:00Z"));
    await logPastCall(advisor, { caseId, kind: "FIRST", date: "2026-11-30", time: "10:00", durationMinutes: "30", blocker: "Arrêt maladie, traitement en cours", notes: "" });
    await closeCase(advisor, { caseId, outcome: "BLOCKER_SOLVED", nextStep: "Point dans un mois", sharedOutcome: "Un nouveau planning a été convenu." });

    const request = await db().supportRequest.findUniqueOrThrow({ where: { id: alert.id } });
    expect(request).toMatchObject({ status: "RESOLVED", resolvedAt: new Date("2026-12-01T10:00:00Z"), loopClosedAt: new Date("2026-12-01T10:00:00Z") });
    expect(await emails(mentorEmail, "alert.loop-closed")).toBe(1);

    // The mentor reads the shared outcome, never the blocker (health) the advisor recorded.
    const mine = await getMyRequest(mentor, alert.id);
    const bodies = mine.events.map((e) => e.body);
    expect(bodies).toContain("Un nouveau planning a été convenu.");
    expect(JSON.stringify(mine)).not.toContain("maladie");

    // Closing the request afterwards by hand does not tell the mentor again.
    await changeRequestStatus(advisor, { id: alert.id, version: request.version, status: "CLOSED" });
    expect(await emails(mentorEmail, "alert.loop-closed")).toBe(1);
  });
});
