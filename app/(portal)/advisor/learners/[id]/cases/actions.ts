"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/server/auth/session";
import { NotFoundError } from "@/lib/server/auth/actor";
import { closeCase, openCase, recordAppointment, saveChecklist, scheduleAppointment } from "@/lib/server/data/follow-up-cases";
import { checklistSchema, closeCaseSchema, openCaseSchema, recordAppointmentSchema, scheduleAppointmentSchema } from "@/lib/schemas/follow-up";
import { fieldErrors, type FormResult } from "@/lib/schemas/form-result";
import { refused } from "@/lib/schemas/action-result";
import type { z } from "zod";

/** guard → parse → data function → revalidate → typed result; a record gone from view is a conflict. */
async function run<S extends z.ZodType>(
  schema: S,
  input: unknown,
  work: (actor: Awaited<ReturnType<typeof requireRole>>, data: z.infer<S>) => Promise<string>,
  paths: (data: z.infer<S>) => string[],
): Promise<FormResult> {
  const actor = await requireRole(["ADVISOR"]);
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrors(parsed.error) };
  try {
    const outcome = await work(actor, parsed.data);
    if (outcome === "blocker.required") return { ok: false, fieldErrors: { blocker: outcome } };
    if (outcome === "outcome.required") return { ok: false, fieldErrors: { outcome } };
    if (outcome === "nextStep.required") return { ok: false, fieldErrors: { nextStep: outcome } };
    if (outcome !== "ok") return refused(outcome);
  } catch (error) {
    if (error instanceof NotFoundError) return refused("conflict");
    throw error;
  }
  for (const path of paths(parsed.data)) revalidatePath(path);
  return { ok: true };
}

export async function openCaseAction(input: unknown): Promise<FormResult> {
  const actor = await requireRole(["ADVISOR"]);
  const parsed = openCaseSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrors(parsed.error) };
  let caseId: string;
  try {
    ({ caseId } = await openCase(actor, parsed.data));
  } catch (error) {
    if (error instanceof NotFoundError) return refused("conflict");
    throw error;
  }
  revalidatePath("/advisor");
  redirect(`/advisor/learners/${parsed.data.learnerId}/cases/${caseId}`);
}

const casePaths = (learnerId: string, caseId: string) => [`/advisor/learners/${learnerId}/cases/${caseId}`, `/advisor/learners/${learnerId}`, "/advisor"];

export async function scheduleAppointmentAction(learnerId: string, input: unknown): Promise<FormResult> {
  return run(scheduleAppointmentSchema, input, (actor, data) => scheduleAppointment(actor, data), (data) => casePaths(learnerId, data.caseId));
}

export async function recordAppointmentAction(learnerId: string, caseId: string, input: unknown): Promise<FormResult> {
  return run(recordAppointmentSchema, input, (actor, data) => recordAppointment(actor, data), () => casePaths(learnerId, caseId));
}

export async function closeCaseAction(learnerId: string, input: unknown): Promise<FormResult> {
  return run(closeCaseSchema, input, (actor, data) => closeCase(actor, data), (data) => casePaths(learnerId, data.caseId));
}

export async function saveChecklistAction(learnerId: string, input: unknown): Promise<FormResult> {
  return run(checklistSchema, input, (actor, data) => saveChecklist(actor, data), (data) => casePaths(learnerId, data.caseId));
}
