"use server";
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/server/auth/session";
import { NotFoundError } from "@/lib/server/auth/actor";
import { decideBreak } from "@/lib/server/data/learner-file";
import { decideBreakSchema } from "@/lib/schemas/follow-up";
import { fieldErrors, type FormResult } from "@/lib/schemas/form-result";
import { refused } from "@/lib/schemas/action-result";

export async function decideBreakAction(learnerId: string, input: unknown): Promise<FormResult> {
  const actor = await requireRole(["ADVISOR"]);
  const parsed = decideBreakSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrors(parsed.error) };
  try {
    const outcome = await decideBreak(actor, parsed.data);
    if (outcome !== "ok") return refused(outcome);
  } catch (error) {
    if (error instanceof NotFoundError) return refused("conflict");
    throw error;
  }
  revalidatePath(`/advisor/learners/${learnerId}`);
  revalidatePath("/advisor");
  return { ok: true };
}
