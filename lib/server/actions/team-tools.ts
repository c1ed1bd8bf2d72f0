"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/server/actions/client";
import {
  bulkSchema,
  createCannedReplySchema,
  deleteRecordSchema,
  linkSchema,
  macroFields,
  mergeSchema,
  prioritySchema,
  runMacroSchema,
  saveViewSchema,
  takeRequestSchema,
  unlinkSchema,
  updateCannedReplySchema,
  updateMacroSchema,
} from "@/lib/schemas/team-tools";
import { createCannedReply, deleteCannedReply, updateCannedReply } from "@/lib/server/data/canned-replies";
import { createMacro, deleteMacro, runMacro, updateMacro } from "@/lib/server/data/macros";
import { bulkUpdateRequests, changeRequestPriority, takeRequest } from "@/lib/server/data/request-tools";
import { linkRequests, mergeRequest, unlinkRequests } from "@/lib/server/data/request-merge";
import { deleteSavedView, saveInboxView } from "@/lib/server/data/saved-views";

// The team's daily tools (issue 15, part A). The request page's tools are shared
// by the support and advisor spaces; the data functions scope by the actor.

const STAFF = ["SUPPORT", "MENTORSHIP_MANAGER", "ADVISOR"] as const;
const TRIAGE = ["SUPPORT", "MENTORSHIP_MANAGER"] as const;
const MANAGER = ["MENTORSHIP_MANAGER"] as const;

/** Both staff spaces show requests, whatever the outcome (after a conflict the page needs the new version). */
async function refreshing<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } finally {
    revalidatePath("/support", "layout");
    revalidatePath("/advisor", "layout");
  }
}

export const createCannedReplyAction = action("teamTools.createCannedReply")
  .roles(TRIAGE)
  .schema(createCannedReplySchema)
  .run((actor, input) => refreshing(createCannedReply(actor, input)));

export const updateCannedReplyAction = action("teamTools.updateCannedReply")
  .roles(TRIAGE)
  .schema(updateCannedReplySchema)
  .run((actor, input) => refreshing(updateCannedReply(actor, input)));

export const deleteCannedReplyAction = action("teamTools.deleteCannedReply")
  .roles(TRIAGE)
  .schema(deleteRecordSchema)
  .run((actor, input) => refreshing(deleteCannedReply(actor, input)));

export const createMacroAction = action("teamTools.createMacro")
  .roles(MANAGER)
  .schema(macroFields)
  .run((actor, input) => refreshing(createMacro(actor, input)));

export const updateMacroAction = action("teamTools.updateMacro")
  .roles(MANAGER)
  .schema(updateMacroSchema)
  .run((actor, input) => refreshing(updateMacro(actor, input)));

export const deleteMacroAction = action("teamTools.deleteMacro")
  .roles(MANAGER)
  .schema(deleteRecordSchema)
  .run((actor, input) => refreshing(deleteMacro(actor, input)));

export const runMacroAction = action("teamTools.runMacro")
  .roles(TRIAGE)
  .schema(runMacroSchema)
  .run((actor, input) => refreshing(runMacro(actor, input)));

export const takeRequestAction = action("teamTools.take")
  .roles(STAFF)
  .schema(takeRequestSchema)
  .run((actor, input) => refreshing(takeRequest(actor, input)));

export const priorityAction = action("teamTools.priority")
  .roles(STAFF)
  .schema(prioritySchema)
  .run((actor, input) => refreshing(changeRequestPriority(actor, input)));

export const bulkAction = action("teamTools.bulk")
  .roles(TRIAGE)
  .schema(bulkSchema)
  .run((actor, input) => refreshing(bulkUpdateRequests(actor, input)));

export const mergeAction = action("teamTools.merge")
  .roles(TRIAGE)
  .schema(mergeSchema)
  .run((actor, input) => refreshing(mergeRequest(actor, input)));

export const linkAction = action("teamTools.link")
  .roles(TRIAGE)
  .schema(linkSchema)
  .run((actor, input) => refreshing(linkRequests(actor, input)));

export const unlinkAction = action("teamTools.unlink")
  .roles(TRIAGE)
  .schema(unlinkSchema)
  .run((actor, input) => refreshing(unlinkRequests(actor, input)));

export const saveViewAction = action("teamTools.saveView")
  .roles(TRIAGE)
  .schema(saveViewSchema)
  .run((actor, input) => refreshing(saveInboxView(actor, input)));

export const deleteViewAction = action("teamTools.deleteView")
  .roles(TRIAGE)
  .schema(deleteRecordSchema)
  .run((actor, input) => refreshing(deleteSavedView(actor, input)));
