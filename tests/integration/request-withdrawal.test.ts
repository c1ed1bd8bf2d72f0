// A requester withdraws a request nobody has answered, against PostgreSQL: the
// request closes with a public "withdrawn" event, a break it asked for is
// cancelled, the assignee (if any) gets one email; after a staff reply, or with
// a bad reason, nothing changes.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { freshDatabase } from "./db";
import { createLearner, createUser, FILE_ANEW } from "@/tests/factories";
import type { Actor } from "@/lib/server/auth/actor";
import { NotFoundError } from "@/lib/server/auth/actor";
import { fileLearnerRequest, fileMentorAlert } from "@/lib/server/data/contact";
import { getMyRequest, withdrawMyRequest } from "@/lib/server/data/my-requests";
import { replyToRequest } from "@/lib/server/data/triage";
import { runAs } from "@/lib/server/actions/client";
import { requesterWithdrawAction } from "@/lib/server/actions/requester";
import { learnerRequestSchema } from "@/lib/schemas/contact";
import { actorOf } from "./support/access";

const revalidatePath = vi.hoisted(() => vi.fn());
vi.mock("next/cache", () => ({ revalidatePath }));

const db = freshDatabase();
let learner: Actor;
let otherLearner: Actor;
let advisor: Actor;
let mentor: Actor;
let learnerId = "";

const fileRequest = (over: Record<string, string> = {}) =>
  fileLearnerRequest(
    learner,
    learnerRequestSchema.parse({ topic: "ADMIN_SUPPORT", subject: "Attestation", message: "Il me faut une attestation.", idempotencyKey: randomUUID(), ...FILE_ANEW, ...over }),
  );

const withdrawnMails = (number: number) => db().emailOutbox.count({ where: { template: "request.withdrawn", subject: { contains: `n° ${number} ` } } });

beforeAll(async () => {
  const client = db();
  advisor = actorOf(await createUser(client, { role: "ADVISOR" }));
  mentor = actorOf(await createUser(client, { role: "MENTOR" }));
  const profile = await createLearner(client, { advisorId: advisor.id, mentorId: mentor.id });
  learnerId = profile.id;
  learner = actorOf(profile.user);
  otherLearner = actorOf((await createLearner(client, { advisorId: advisor.id })).user);
});

describe("withdrawing a request nobody has answered", () => {
  it("closes it with a public withdrawn event and the reason, and tells the assignee once", async () => {
    const filed = await fileRequest();
    const result = await runAs(learner, () => requesterWithdrawAction({ id: filed.id, reason: "J'ai trouvé l'attestation dans mon espace." }));
    expect(result).toEqual({ ok: true, data: undefined });
    const request = await db().supportRequest.findUniqueOrThrow({ where: { id: filed.id } });
    expect(request).toMatchObject({ status: "CLOSED", version: 2 });
    expect(request.closedAt).not.toBeNull();
    const event = await db().requestEvent.findFirstOrThrow({ where: { requestId: filed.id, type: "WITHDRAWN" } });
    expect(event).toMatchObject({ actorId: learner.id, visibility: "PUBLIC", fromStatus: "NEW", toStatus: "CLOSED", body: "J'ai trouvé l'attestation dans mon espace." });
    const mails = await db().emailOutbox.findMany({ where: { template: "request.withdrawn", subject: { contains: `n° ${filed.number} ` } } });
    expect(mails.map((m) => m.toAddress)).toEqual([advisor.email]);
    expect(mails[0].textBody).toContain("J'ai trouvé l'attestation");
    // The requester sees it in their timeline.
    expect((await getMyRequest(learner, filed.id)).events.map((e) => e.type)).toContain("WITHDRAWN");
  });

  it("cancels the break the request asked for", async () => {
    const filed = await fileRequest({ topic: "BREAK_REQUEST", breakKind: "HOLIDAYS", startDate: "2031-03-02", endDate: "2031-03-06" });
    await withdrawMyRequest(learner, { id: filed.id });
    expect(await db().learnerBreak.findUniqueOrThrow({ where: { requestId: filed.id } })).toMatchObject({ status: "CANCELLED" });
  });

  it("a mentor withdraws their own alert; in the triage queue nobody is assigned, so nobody is emailed", async () => {
    const filed = await fileMentorAlert(mentor, { topic: "MENTOR_OTHER", learnerId, subject: "Fausse alerte", message: "Je me suis trompé de personne.", idempotencyKey: randomUUID(), ...FILE_ANEW });
    await withdrawMyRequest(mentor, { id: filed.id });
    expect((await db().supportRequest.findUniqueOrThrow({ where: { id: filed.id } })).status).toBe("CLOSED");
    expect(await withdrawnMails(filed.number)).toBe(0);
  });
});

describe("refusals change nothing", () => {
  it("once staff have answered, the request cannot be withdrawn", async () => {
    const filed = await fileRequest();
    await replyToRequest(advisor, { id: filed.id, body: "Je vous l'envoie." });
    const before = await db().supportRequest.findUniqueOrThrow({ where: { id: filed.id } });
    await expect(runAs(learner, () => requesterWithdrawAction({ id: filed.id }))).resolves.toEqual({ ok: false, formError: "alreadyAnswered" });
    expect(await db().supportRequest.findUniqueOrThrow({ where: { id: filed.id } })).toMatchObject({ status: before.status, version: before.version, closedAt: null });
    expect(await db().requestEvent.count({ where: { requestId: filed.id, type: "WITHDRAWN" } })).toBe(0);
    expect(await withdrawnMails(filed.number)).toBe(0);
  });

  it("a request already withdrawn is closed: a second withdrawal is refused", async () => {
    const filed = await fileRequest();
    await withdrawMyRequest(learner, { id: filed.id });
    await expect(runAs(learner, () => requesterWithdrawAction({ id: filed.id }))).resolves.toEqual({ ok: false, formError: "alreadyClosed" });
    expect(await withdrawnMails(filed.number)).toBe(1);
  });

  it("a bad reason names the field and writes nothing", async () => {
    const filed = await fileRequest();
    for (const reason of ["x".repeat(501), "a\u0007b"]) {
      const result = await runAs(learner, () => requesterWithdrawAction({ id: filed.id, reason }));
      expect(result).toMatchObject({ ok: false, fieldErrors: { reason: expect.stringMatching(/tooLong|controlChars/) } });
    }
    expect(await db().supportRequest.findUniqueOrThrow({ where: { id: filed.id } })).toMatchObject({ status: "NEW", version: 1 });
    expect(await db().requestEvent.count({ where: { requestId: filed.id, type: "WITHDRAWN" } })).toBe(0);
  });

  it("another learner's request is not found", async () => {
    const filed = await fileRequest();
    await expect(withdrawMyRequest(otherLearner, { id: filed.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(runAs(otherLearner, () => requesterWithdrawAction({ id: filed.id }))).resolves.toMatchObject({ ok: false, notFound: true });
    expect((await db().supportRequest.findUniqueOrThrow({ where: { id: filed.id } })).status).toBe("NEW");
  });
});
