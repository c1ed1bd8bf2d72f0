"use server";
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/server/auth/session";
import { NotFoundError } from "@/lib/server/auth/actor";
import { archiveStakeholder, logExchange, saveStakeholder } from "@/lib/server/data/stakeholders";
import { archiveStakeholderSchema, exchangeSchema, stakeholderSchema } from "@/lib/schemas/stakeholders";
import { fieldErrors, type FormResult } from "@/lib/schemas/form-result";
import { refused } from "@/lib/schemas/action-result";

function revalidate(learnerId: string) {
  revalidatePath(`/advisor/learners/${learnerId}/stakeholders`);
  revalidatePath(`/advisor/learners/${learnerId}`);
}

export async function saveStakeholderAction(input: unknown): Promise<FormResult> {
  const actor = await requireRole(["ADVISOR"]);
  const parsed = stakeholderSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrors(parsed.error) };
  try {
    await saveStakeholder(actor, parsed.data);
  } catch (error) {
    if (error instanceof NotFoundError) return refused("conflict");
    throw error;
  }
  revalidate(parsed.data.learnerId);
  return { ok: true };
}

export async function archiveStakeholderAction(learnerId: string, input: unknown): Promise<FormResult> {
  const actor = await requireRole(["ADVISOR"]);
  const parsed = archiveStakeholderSchema.safeParse(input);
  if (!parsed.success) return refused("conflict");
  try {
    await archiveStakeholder(actor, parsed.data.stakeholderId);
  } catch (error) {
    if (error instanceof NotFoundError) return refused("conflict");
    throw error;
  }
  revalidate(learnerId);
  return { ok: true };
}

export async function logExchangeAction(learnerId: string, input: unknown): Promise<FormResult> {
  const actor = await requireRole(["ADVISOR"]);
  const parsed = exchangeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrors(parsed.error) };
  try {
    const outcome = await logExchange(actor, parsed.data);
    if (outcome === "archived") return refused("archived");
    if (outcome !== "ok") return { ok: false, fieldErrors: { shared: "notAgreed" } };
  } catch (error) {
    if (error instanceof NotFoundError) return refused("conflict");
    throw error;
  }
  revalidate(learnerId);
  return { ok: true };
}
