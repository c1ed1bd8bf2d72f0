"use server";
import { revalidatePath } from "next/cache";
import type { ZodType } from "zod";
import { requireRole } from "@/lib/server/auth/session";
import { forwardSchema, noteSchema, reassignSchema, replySchema, statusSchema } from "@/lib/schemas/triage";
import { fieldErrors } from "@/lib/schemas/form-result";
import { addInternalNote, changeRequestStatus, forwardToLearnerAdvisor, reassignRequest, replyToRequest, type TriageOutcome } from "@/lib/server/data/triage";
import { NotFoundError, type Actor } from "@/lib/server/auth/actor";

// The request page's actions, shared by the support and advisor spaces.
// Each: guard → parse with the form's schema → scoped data function →
// revalidate → a typed result (a stale version comes back as a conflict).

export type TriageResult =
  | { ok: true }
  | { ok: false; fieldErrors?: Record<string, string>; outcome?: Exclude<TriageOutcome, { status: "ok" }> };

const STAFF = ["SUPPORT", "MENTORSHIP_MANAGER", "ADVISOR"] as const;

async function run<T>(schema: ZodType<T>, input: unknown, act: (actor: Actor, data: T) => Promise<TriageOutcome>): Promise<TriageResult> {
  const actor = await requireRole(STAFF);
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrors(parsed.error) };
  let outcome: TriageOutcome;
  try {
    outcome = await act(actor, parsed.data);
  } catch (error) {
    // Out of the actor's scope: the same answer as a request that does not exist.
    if (error instanceof NotFoundError) return { ok: false, fieldErrors: { id: "notFound" } };
    throw error;
  }
  revalidatePath("/support", "layout");
  revalidatePath("/advisor", "layout");
  return outcome.status === "ok" ? { ok: true } : { ok: false, outcome };
}

export async function replyAction(input: unknown) {
  return run(replySchema, input, replyToRequest);
}

export async function noteAction(input: unknown) {
  return run(noteSchema, input, addInternalNote);
}

export async function statusAction(input: unknown) {
  return run(statusSchema, input, changeRequestStatus);
}

export async function reassignAction(input: unknown) {
  return run(reassignSchema, input, reassignRequest);
}

export async function forwardAction(input: unknown) {
  return run(forwardSchema, input, (actor, data) => forwardToLearnerAdvisor(actor, data));
}
