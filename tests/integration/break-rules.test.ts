// A learner's break request against the server's clock (moved, never slept):
// wholly in the past is refused naming its last day, more than 7 days back asks to confirm.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "./db";
import { actorOf } from "./support/access";
import { createLearner, createUser, FILE_ANEW } from "@/tests/factories";
import type { Actor } from "@/lib/server/auth/actor";
import { setClock } from "@/lib/server/clock";
import { fileLearnerRequest } from "@/lib/server/data/contact";
import type { LearnerRequestInput } from "@/lib/schemas/contact";

const db = freshDatabase();
let learner: Actor;

beforeAll(async () => {
  const advisor = await createUser(db(), { role: "ADVISOR" });
  const mentor = await createUser(db(), { role: "MENTOR" });
  learner = actorOf((await createLearner(db(), { advisorId: advisor.id, mentorId: mentor.id })).user);
});
afterEach(() => setClock(null));

type BreakInput = Extract<LearnerRequestInput, { topic: "BREAK_REQUEST" }>;
const request = (o: Partial<BreakInput>): BreakInput => ({
  topic: "BREAK_REQUEST",
  idempotencyKey: crypto.randomUUID(),
  subject: "Pause",
  message: "Je dois m'arrêter.",
  breakKind: "ILLNESS",
  startDate: "2026-09-01",
  endDate: "2026-09-10",
  ...FILE_ANEW,
  ...o,
});
const breaks = () => db().learnerBreak.count({ where: { learnerId: learner.id } });

describe("a learner's break request", () => {
  it("wholly in the past is refused on its end date, and nothing is written", async () => {
    setClock(new Date("2026-12-01T10:00:00Z"));
    await expect(fileLearnerRequest(learner, request({}))).rejects.toMatchObject({ failure: { fieldErrors: { endDate: "break.past" } } });
    expect(await breaks()).toBe(0);
  });

  it("starting more than 7 days ago needs the confirmation box; then it is filed", async () => {
    setClock(new Date("2026-12-01T10:00:00Z"));
    const late = request({ startDate: "2026-11-20", endDate: "2026-12-10" });
    await expect(fileLearnerRequest(learner, late)).rejects.toMatchObject({ failure: { fieldErrors: { confirmPastStart: "break.confirmPastStart" } } });
    expect(await breaks()).toBe(0);
    await fileLearnerRequest(learner, { ...late, confirmPastStart: "yes" });
    expect(await breaks()).toBe(1);
    // Seven days back needs no confirmation.
    await fileLearnerRequest(learner, request({ startDate: "2026-11-24", endDate: "2026-12-02" }));
    expect(await breaks()).toBe(2);
  });
});
