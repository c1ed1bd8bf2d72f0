"use server";
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/server/auth/session";
import { replySchema } from "@/lib/schemas/triage";
import { fieldErrors } from "@/lib/schemas/form-result";
import { replyToMyRequest } from "@/lib/server/data/my-requests";
import { NotFoundError } from "@/lib/server/auth/actor";
import type { TriageResult } from "./triage";

/** The requester (learner or mentor) answers on their own request. */
export async function requesterReplyAction(input: unknown): Promise<TriageResult> {
  const actor = await requireRole(["LEARNER", "MENTOR"]);
  const parsed = replySchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrors(parsed.error) };
  try {
    await replyToMyRequest(actor, parsed.data);
  } catch (error) {
    if (error instanceof NotFoundError) return { ok: false, fieldErrors: { id: "notFound" } };
    throw error;
  }
  revalidatePath(actor.role === "LEARNER" ? "/learner" : "/mentor", "layout");
  return { ok: true };
}
