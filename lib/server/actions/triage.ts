"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/server/actions/client";
import { forwardSchema, noteSchema, reassignSchema, replySchema, statusSchema } from "@/lib/schemas/triage";
import { addInternalNote, changeRequestStatus, forwardToLearnerAdvisor, reassignRequest, replyToRequest } from "@/lib/server/data/triage";
import type { ActionFailure } from "@/lib/schemas/action-result";

// The request page's actions, shared by the support and advisor spaces. The
// data functions scope by the actor and throw the known refusals (a stale
// version is a conflict with the request as it is now).

const STAFF = ["SUPPORT", "MENTORSHIP_MANAGER", "ADVISOR"] as const;

/**
 * Both spaces show the request, whatever the outcome: after a conflict the
 * page must carry the new version, or the person could never try again.
 */
async function thenRefresh(work: Promise<void>): Promise<undefined> {
  try {
    await work;
  } finally {
    revalidatePath("/support", "layout");
    revalidatePath("/advisor", "layout");
  }
}

export const replyAction = action("triage.reply")
  .roles(STAFF)
  .schema(replySchema)
  .run((actor, input) => thenRefresh(replyToRequest(actor, input)));

export const noteAction = action("triage.note")
  .roles(STAFF)
  .schema(noteSchema)
  .run((actor, input) => thenRefresh(addInternalNote(actor, input)));

export const statusAction = action("triage.setStatus")
  .roles(STAFF)
  .schema(statusSchema)
  .run((actor, input) => thenRefresh(changeRequestStatus(actor, input)));

export const reassignAction = action("triage.reassign")
  .roles(STAFF)
  .schema(reassignSchema)
  .run((actor, input) => thenRefresh(reassignRequest(actor, input)));

export const forwardAction = action("triage.forward")
  .roles(STAFF)
  .schema(forwardSchema)
  .run((actor, input) => thenRefresh(forwardToLearnerAdvisor(actor, input)));

/**
 * Legacy: the requester's reply (lib/server/actions/requester.ts, another
 * area) still answers in this shape; removed when it moves to the action client.
 */
export type TriageResult = { ok: true } | ActionFailure;
