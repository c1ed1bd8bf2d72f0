"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/server/auth/session";
import { mentorAlertSchema, nudgeLearnerSchema } from "@/lib/schemas/contact";
import { fieldErrors, type FormResult } from "@/lib/schemas/form-result";
import { fileMentorAlert, nudgeLearner } from "@/lib/server/data/contact";
import { NotFoundError } from "@/lib/server/auth/actor";

/** Files the mentor's alert about one of their learners, then opens it. */
export async function submitMentorAlert(input: unknown): Promise<FormResult> {
  const actor = await requireRole(["MENTOR"]);
  const parsed = mentorAlertSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrors(parsed.error) };
  let id: string;
  try {
    id = (await fileMentorAlert(actor, parsed.data)).id;
  } catch (error) {
    // Not one of the mentor's learners: refused, nothing filed.
    if (error instanceof NotFoundError) return { ok: false, fieldErrors: { learnerId: "learner" } };
    throw error;
  }
  revalidatePath("/mentor/alerts");
  revalidatePath("/support");
  redirect(`/mentor/alerts/${id}?sent=1`);
}

export type NudgeResult = { ok: true; learnerName: string } | { ok: false; fieldErrors?: Record<string, string> };

/** Invites the learner to contact their advisor about a learner topic; files nothing. */
export async function sendNudge(input: unknown): Promise<NudgeResult> {
  const actor = await requireRole(["MENTOR"]);
  const parsed = nudgeLearnerSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrors(parsed.error) };
  try {
    return { ok: true, ...(await nudgeLearner(actor, parsed.data)) };
  } catch (error) {
    if (error instanceof NotFoundError) return { ok: false, fieldErrors: { learnerId: "learner" } };
    throw error;
  }
}
