// "En attente du demandeur" against PostgreSQL, moving the server clock
// (lib/server/clock.ts), never sleeping: the wait pauses the SLA clock; the
// waiting job reminds the requester after 3 working days (one email), closes
// the request after 10 (one email); the requester's reply reopens it and adds
// the paused working time to its deadlines.
import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "./db";
import { createLearner, createUser, FILE_ANEW } from "@/tests/factories";
import type { Actor } from "@/lib/server/auth/actor";
import { setClock, now } from "@/lib/server/clock";
import { fileLearnerRequest } from "@/lib/server/data/contact";
import { changeRequestStatus, replyToRequest } from "@/lib/server/data/triage";
import { replyToMyRequest } from "@/lib/server/data/my-requests";
import { runWaitingRequests } from "@/lib/server/jobs/waiting-requests";
import { runDueJobs } from "@/lib/server/jobs/scheduler";
import { JOBS } from "@/lib/server/jobs/registry";
import { addWorkingHours, workingHoursBetween } from "@/lib/domain/sla";
import { learnerRequestSchema } from "@/lib/schemas/contact";
import { actorOf, expectEveryExportCovered } from "./support/access";

const db = freshDatabase();
let learner: Actor;
let advisor: Actor;

// Tuesday 24 November 2026, 10:00 in Paris.
const T0 = new Date("2026-11-24T09:00:00Z");

afterEach(() => setClock(null));

beforeAll(async () => {
  advisor = actorOf(await createUser(db(), { role: "ADVISOR" }));
  learner = actorOf((await createLearner(db(), { advisorId: advisor.id })).user);
});

/** A request the advisor answered and then set waiting for the learner, at T0. */
async function waitingRequest(subject: string) {
  setClock(T0);
  const filed = await fileLearnerRequest(
    learner,
    learnerRequestSchema.parse({ topic: "ADMIN_SUPPORT", subject, message: "Il me faut une attestation.", idempotencyKey: randomUUID(), ...FILE_ANEW }),
  );
  await replyToRequest(advisor, { id: filed.id, body: "Pouvez-vous m'envoyer votre numéro de dossier ?" });
  const { version } = await db().supportRequest.findUniqueOrThrow({ where: { id: filed.id } });
  await changeRequestStatus(advisor, { id: filed.id, version, status: "WAITING_FOR_REQUESTER" });
  return filed;
}

const mails = (template: string, number: number) => db().emailOutbox.count({ where: { template, toAddress: learner.email, subject: { contains: `n° ${number} ` } } });
const request = (id: string) => db().supportRequest.findUniqueOrThrow({ where: { id } });
const runAt = async (iso: string) => {
  setClock(new Date(iso));
  return runWaitingRequests(now());
};

describe("waiting for the requester", () => {
  it("starts a wait: the request records since when", async () => {
    const filed = await waitingRequest("Attente commencée");
    expect(await request(filed.id)).toMatchObject({ status: "WAITING_FOR_REQUESTER", waitingSince: T0, waitingRemindedAt: null });
  });

  it("reminds after 3 working days (one email), closes after 10 (one email)", async () => {
    const filed = await waitingRequest("Sans réponse");
    await runAt("2026-11-27T08:59:00Z"); // Friday, a minute short of 3 working days
    expect(await mails("request.waiting-reminder", filed.number)).toBe(0);

    await runAt("2026-11-27T09:00:00Z");
    expect(await mails("request.waiting-reminder", filed.number)).toBe(1);
    expect((await request(filed.id)).waitingRemindedAt).toEqual(new Date("2026-11-27T09:00:00Z"));
    await runAt("2026-11-30T15:00:00Z"); // a later run reminds no more
    expect(await mails("request.waiting-reminder", filed.number)).toBe(1);

    await runAt("2026-12-08T08:59:00Z"); // a minute short of 10 working days
    expect((await request(filed.id)).status).toBe("WAITING_FOR_REQUESTER");
    await runAt("2026-12-08T09:00:00Z");
    const closed = await request(filed.id);
    expect(closed).toMatchObject({ status: "CLOSED", closedAt: new Date("2026-12-08T09:00:00Z"), waitingSince: null });
    expect(await mails("request.waiting-closed", filed.number)).toBe(1);
    const event = await db().requestEvent.findFirstOrThrow({ where: { requestId: filed.id, toStatus: "CLOSED" } });
    expect(event).toMatchObject({ actorId: null, visibility: "PUBLIC", fromStatus: "WAITING_FOR_REQUESTER", type: "STATUS_CHANGED" });

    await runAt("2026-12-09T09:00:00Z"); // closed once
    expect(await mails("request.waiting-closed", filed.number)).toBe(1);
    expect(await mails("request.waiting-reminder", filed.number)).toBe(1);
  });

  it("the requester's reply reopens it, and the deadlines move by the working time waited", async () => {
    const filed = await waitingRequest("Réponse après rappel");
    const before = await request(filed.id);
    await runAt("2026-11-27T09:00:00Z");
    expect(await mails("request.waiting-reminder", filed.number)).toBe(1);

    setClock(new Date("2026-11-30T09:00:00Z")); // Monday 10:00 Paris: 7 + 8 + 8 + 8 + 1 working hours later
    await replyToMyRequest(learner, { id: filed.id, body: "Mon numéro de dossier : 4521." });
    const reopened = await request(filed.id);
    expect(reopened).toMatchObject({ status: "IN_PROGRESS", waitingSince: null, waitingRemindedAt: null });
    expect(workingHoursBetween(T0, now())).toBe(32);
    expect(reopened.resolutionDueAt).toEqual(addWorkingHours(before.resolutionDueAt!, 32));
    // The first response was given before the wait: its deadline does not move.
    expect(reopened.firstResponseDueAt).toEqual(before.firstResponseDueAt);

    await runAt("2026-12-10T09:00:00Z"); // no longer waiting: never closed by the job
    expect((await request(filed.id)).status).toBe("IN_PROGRESS");
    expect(await mails("request.waiting-closed", filed.number)).toBe(0);
  });

  it("staff ending the wait by hand resumes the clock the same way", async () => {
    const filed = await waitingRequest("Reprise manuelle");
    const before = await request(filed.id);
    setClock(new Date("2026-11-25T09:00:00Z")); // Wednesday 10:00: 8 working hours later
    await changeRequestStatus(advisor, { id: filed.id, version: before.version, status: "IN_PROGRESS" });
    const after = await request(filed.id);
    expect(after.waitingSince).toBeNull();
    expect(after.resolutionDueAt).toEqual(addWorkingHours(before.resolutionDueAt!, 8));
  });

  it("runs as a scheduled job, once per period across workers", async () => {
    const filed = await waitingRequest("Par le planificateur");
    setClock(new Date("2026-11-27T10:00:00Z"));
    const [a, b] = await Promise.all([runDueJobs(JOBS, now(), () => {}), runDueJobs(JOBS, now(), () => {})]);
    expect([...a.ran, ...b.ran].filter((name) => name === "waiting-requests")).toHaveLength(1);
    expect(await mails("request.waiting-reminder", filed.number)).toBe(1);
  });

  it("every exported function of the waiting modules is covered", async () => {
    await expectEveryExportCovered(
      import.meta.glob(["../../lib/server/data/waiting.ts", "../../lib/server/data/jobs/waiting-requests.ts"]),
      [],
      ["waitingChange", "listWaitingRequests", "claimWaitingReminder", "closeWaitingRequest"],
    );
  });
});
