// "Mark as handled" on a signal takes a required short note of what was done; the note is
// stored and shown in the learner file's timeline. Bad input names the field, writes nothing.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { freshDatabase } from "./db";
import { actorOf } from "./support/access";
import { createLearner, createUser } from "@/tests/factories";
import type { Actor } from "@/lib/server/auth/actor";
import { runAs } from "@/lib/server/actions/client";
import { setClock } from "@/lib/server/clock";
import { resolveSignalAction } from "@/app/(portal)/advisor/signals/actions";
import { getLearnerFile } from "@/lib/server/data/learner-file";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const db = freshDatabase();
let advisor: Actor;
let learnerId: string;

beforeAll(async () => {
  advisor = actorOf(await createUser(db(), { role: "ADVISOR" }));
  learnerId = (await createLearner(db(), { advisorId: advisor.id })).id;
});
afterEach(() => setClock(null));

async function redirectOf(work: Promise<unknown>): Promise<string> {
  const error = await work.then((v) => v, (e: unknown) => e);
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest !== "string" || !digest.startsWith("NEXT_REDIRECT")) throw new Error(`no redirect: ${JSON.stringify(error)}`);
  return digest.split(";")[2];
}

describe("marking a signal handled", () => {
  it("without a note, or with one over 500 characters: a field error on the note, nothing written", async () => {
    const signal = await db().learnerSignal.create({ data: { learnerId, advisorId: advisor.id, kind: "COMMITMENT_NOT_KEPT", isoWeek: "2026-W47" } });
    for (const [note, key] of [["", "required"], ["   ", "required"], ["x".repeat(501), "tooLong"], ["a\u0007b", "controlChars"]] as const) {
      expect(await runAs(advisor, () => resolveSignalAction({ signalId: signal.id, after: "", note }))).toEqual({ ok: false, fieldErrors: { note: key } });
    }
    expect(await db().learnerSignal.findUniqueOrThrow({ where: { id: signal.id } })).toMatchObject({ resolvedAt: null, resolutionNote: null });
  });

  it("stores the note and the time, and the learner file's timeline shows it", async () => {
    const signal = await db().learnerSignal.create({ data: { learnerId, advisorId: advisor.id, kind: "ATTENDANCE_PROBLEM", isoWeek: "2026-W48" } });
    setClock(new Date("2026-12-01T10:00:00Z"));
    const note = "Appelée : reprise des sessions lundi, horaires décalés.";
    expect(await redirectOf(runAs(advisor, () => resolveSignalAction({ signalId: signal.id, after: "", note: `  ${note} ` })))).toBe("/advisor/signals?done=resolved");
    expect(await db().learnerSignal.findUniqueOrThrow({ where: { id: signal.id } })).toMatchObject({ resolvedAt: new Date("2026-12-01T10:00:00Z"), resolutionNote: note });
    const file = await getLearnerFile(advisor, learnerId);
    expect(file.timeline.find((e) => e.id === `gh-${signal.id}`)).toMatchObject({ kind: "signal-handled", at: new Date("2026-12-01T10:00:00Z"), detail: { note, type: "ATTENDANCE_PROBLEM" } });
  });

  it("another advisor's signal is 'missing', and keeps no note", async () => {
    const other = actorOf(await createUser(db(), { role: "ADVISOR" }));
    const signal = await db().learnerSignal.create({ data: { learnerId, advisorId: advisor.id, kind: "COMMITMENT_NOT_KEPT", isoWeek: "2026-W45" } });
    expect(await redirectOf(runAs(other, () => resolveSignalAction({ signalId: signal.id, after: "", note: "Pas le mien" })))).toBe("/advisor/signals?done=missing");
    expect(await db().learnerSignal.findUniqueOrThrow({ where: { id: signal.id } })).toMatchObject({ resolvedAt: null, resolutionNote: null });
  });
});
