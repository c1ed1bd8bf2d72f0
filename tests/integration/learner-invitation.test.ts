// The mentor's invitation to a learner on a real database, the clock moved (never
// slept): a preview renders the sending's own email and writes nothing; a sending
// queues one email with the note; a second one for the same learner and topic within
// 7 days is refused with the dates and queues nothing; after 7 days it goes again.
import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { freshDatabase } from "./db";
import { actorOf } from "./support/access";
import { createLearner, createUser } from "@/tests/factories";
import type { Actor } from "@/lib/server/auth/actor";
import { NotFoundError } from "@/lib/server/auth/actor";
import { Refusal } from "@/lib/server/errors";
import { runAs } from "@/lib/server/actions/client";
import { setClock } from "@/lib/server/clock";
import { listLastNudges, nudgeLearner, previewNudge } from "@/lib/server/data/contact";
import { previewNudgeAction, sendNudge } from "@/app/(portal)/mentor/alerts/new/actions";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
const db = freshDatabase();
let mentor: Actor;
let learnerId: string;
let learnerEmail: string;
let englishLearnerId: string;
let otherLearnerId: string;

// Wednesday 2 December 2026, 10:00 Paris.
const NOW = new Date("2026-12-02T09:00:00Z");
const DAY = 24 * 60 * 60 * 1000;
const NOTE = "Bonjour Inès,\nn'hésite pas : ton conseiller peut t'accorder deux sessions de plus.";

beforeAll(async () => {
  const advisor = await createUser(db(), { role: "ADVISOR" });
  mentor = actorOf(await createUser(db(), { role: "MENTOR", firstName: "Paul", lastName: "Mercier" }));
  const learner = await createLearner(db(), { advisorId: advisor.id, mentorId: mentor.id, firstName: "Inès", lastName: "Garnier", locale: "fr" });
  learnerId = learner.id;
  learnerEmail = learner.user.email;
  englishLearnerId = (await createLearner(db(), { advisorId: advisor.id, mentorId: mentor.id, firstName: "Amy", lastName: "Hart", locale: "en" })).id;
  const otherMentor = await createUser(db(), { role: "MENTOR" });
  otherLearnerId = (await createLearner(db(), { advisorId: advisor.id, mentorId: otherMentor.id })).id;
});
beforeEach(() => setClock(NOW));
afterEach(() => setClock(null));

const writes = async () => ({
  mails: await db().emailOutbox.count({ where: { template: "learner.nudge" } }),
  audit: await db().auditLog.count({ where: { action: "mentor.nudge" } }),
});
const send = (o: Record<string, unknown>) => runAs(mentor, () => sendNudge({ learnerId, topic: "EXTRA_SESSIONS", idempotencyKey: randomUUID(), ...o }));

describe("the preview", () => {
  it("is the sending's email, with the note, in the learner's language, and writes nothing", async () => {
    const before = await writes();
    const fr = await runAs(mentor, () => previewNudgeAction({ learnerId, topic: "EXTRA_SESSIONS", note: NOTE }));
    expect(fr).toMatchObject({ ok: true, data: { learnerName: "Inès Garnier", subject: "Votre mentor vous invite à contacter votre conseiller", lastSentAt: null, nextAllowedAt: null } });
    if (!fr.ok) throw new Error("preview refused");
    expect(fr.data.text).toContain("Bonjour Inès,");
    expect(fr.data.text).toContain("Demande de sessions supplémentaires");
    expect(fr.data.text).toContain("Le mot de Paul Mercier :");
    expect(fr.data.text).toContain(NOTE);

    const en = await previewNudge(mentor, { learnerId: englishLearnerId, topic: "RQTH" });
    expect(en.subject).toBe("Your mentor invites you to contact your advisor");
    expect(en.text).toContain("Hello Amy,");
    expect(en.text).not.toContain("A note from");
    expect(await writes()).toEqual(before);
  });

  it("of another mentor's learner: not found (a field error from the action), nothing written", async () => {
    const before = await writes();
    await expect(previewNudge(mentor, { learnerId: otherLearnerId, topic: "EXTRA_SESSIONS" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await runAs(mentor, () => previewNudgeAction({ learnerId: otherLearnerId, topic: "EXTRA_SESSIONS" }))).toEqual({ ok: false, fieldErrors: { learnerId: "learner" } });
    expect(await writes()).toEqual(before);
  });
});

describe("sending, at most once per learner and topic per 7 days", () => {
  it("queues one email with the note; a second within 7 days is refused with the dates; after 7 days it goes", async () => {
    const before = await writes();
    const first = await send({ note: NOTE });
    expect(first).toEqual({ ok: true, data: { learnerName: "Inès Garnier", sentAt: NOW.toISOString() } });
    const mails = await db().emailOutbox.findMany({ where: { template: "learner.nudge", toAddress: learnerEmail } });
    expect(mails).toHaveLength(1);
    expect(mails[0].textBody).toContain(NOTE);
    // The preview is that email, word for word.
    const shown = await previewNudge(mentor, { learnerId, topic: "EXTRA_SESSIONS", note: NOTE });
    expect({ subject: shown.subject, text: shown.text }).toEqual({ subject: mails[0].subject, text: mails[0].textBody });
    expect(shown.lastSentAt).toBe(NOW.toISOString());
    expect(await listLastNudges(mentor)).toEqual({
      [`${learnerId}:EXTRA_SESSIONS`]: { lastSentAt: NOW.toISOString(), nextAllowedAt: new Date(NOW.getTime() + 7 * DAY).toISOString() },
    });

    // Six days and 23 hours later: refused, saying when it went and from when it may go again.
    setClock(new Date(NOW.getTime() + 7 * DAY - 60 * 60 * 1000));
    const again = await send({ note: "Encore" });
    expect(again).toEqual({
      ok: false,
      formError: "nudgeTooSoon",
      values: { lastSentAt: NOW.toISOString(), nextAllowedAt: new Date(NOW.getTime() + 7 * DAY).toISOString() },
    });
    expect(await writes()).toEqual({ mails: before.mails + 1, audit: before.audit + 1 });

    // Another topic for the same learner is its own window.
    expect(await send({ topic: "BREAK_REQUEST" })).toMatchObject({ ok: true });

    setClock(new Date(NOW.getTime() + 7 * DAY));
    expect(await send({})).toMatchObject({ ok: true, data: { sentAt: new Date(NOW.getTime() + 7 * DAY).toISOString() } });
    expect(await db().emailOutbox.count({ where: { template: "learner.nudge", toAddress: learnerEmail } })).toBe(3);
    expect((await listLastNudges(mentor))[`${learnerId}:EXTRA_SESSIONS`].lastSentAt).toBe(new Date(NOW.getTime() + 7 * DAY).toISOString());
    // Another 7 days on, the page says when it went, and nothing to wait for.
    setClock(new Date(NOW.getTime() + 14 * DAY));
    expect((await listLastNudges(mentor))[`${learnerId}:EXTRA_SESSIONS`].nextAllowedAt).toBeNull();
  });

  it("a resend of the same key is the first sending, not a refusal", async () => {
    const key = randomUUID();
    const first = await nudgeLearner(mentor, { learnerId: englishLearnerId, topic: "EXTRA_RESOURCES", idempotencyKey: key });
    const before = await writes();
    expect(await nudgeLearner(mentor, { learnerId: englishLearnerId, topic: "EXTRA_RESOURCES", idempotencyKey: key })).toEqual(first);
    expect(await writes()).toEqual(before);
  });

  it("two sendings at once for the same learner and topic: exactly one goes", async () => {
    const before = await writes();
    const outcomes = await Promise.allSettled(
      [0, 1, 2].map(() => nudgeLearner(mentor, { learnerId: englishLearnerId, topic: "ADMIN_SUPPORT", idempotencyKey: randomUUID() })),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    for (const o of outcomes) if (o.status === "rejected") expect(o.reason).toBeInstanceOf(Refusal);
    expect(await writes()).toEqual({ mails: before.mails + 1, audit: before.audit + 1 });
  });

  it("another mentor's learner: not found, nothing written", async () => {
    const before = await writes();
    await expect(nudgeLearner(mentor, { learnerId: otherLearnerId, topic: "OTHER", idempotencyKey: randomUUID() })).rejects.toBeInstanceOf(NotFoundError);
    expect(await send({ learnerId: otherLearnerId, topic: "OTHER" })).toEqual({ ok: false, fieldErrors: { learnerId: "learner" } });
    expect(await writes()).toEqual(before);
  });

  it.each([
    ["too long", "x".repeat(501), "tooLong"],
    ["a control character", "Bonjour\u0000", "controlChars"],
  ])("a note %s: a field error, nothing written", async (_why, note, key) => {
    const before = await writes();
    expect(await send({ topic: "RQTH", note })).toEqual({ ok: false, fieldErrors: { note: key } });
    expect(await runAs(mentor, () => previewNudgeAction({ learnerId, topic: "RQTH", note }))).toEqual({ ok: false, fieldErrors: { note: key } });
    expect(await writes()).toEqual(before);
  });

  it("a note of exactly 500 characters goes", async () => {
    expect(await send({ topic: "RQTH", note: "é".repeat(500) })).toMatchObject({ ok: true });
  });
});
