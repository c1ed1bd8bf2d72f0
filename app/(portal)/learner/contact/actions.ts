"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/server/auth/session";
import { learnerRequestSchema } from "@/lib/schemas/contact";
import { fieldErrors, type FormResult } from "@/lib/schemas/form-result";
import { fileLearnerRequest } from "@/lib/server/data/contact";

/** Files the learner's request for themselves, then opens it. */
export async function submitLearnerRequest(input: unknown): Promise<FormResult> {
  const actor = await requireRole(["LEARNER"]);
  const parsed = learnerRequestSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrors(parsed.error) };
  const filed = await fileLearnerRequest(actor, parsed.data);
  revalidatePath("/learner/requests");
  redirect(`/learner/requests/${filed.id}?sent=1`);
}
