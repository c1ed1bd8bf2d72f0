"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/server/auth/session";
import { planSession, updateSession } from "@/lib/server/data/sessions";
import { planSessionSchema, recordSessionSchema } from "@/lib/schemas/session";
import { fieldErrors, type FormResult } from "@/lib/schemas/form-result";
import { schoolInstant } from "@/lib/domain/week";
import { isRecordId } from "@/lib/schemas/fields";


export async function planSessionAction(input: unknown): Promise<FormResult> {
  const actor = await requireRole(["MENTOR"]);
  const parsed = planSessionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrors(parsed.error) };
  const { learnerId, kind, date, time, durationMinutes } = parsed.data;
  const outcome = await planSession(actor, { learnerId, kind, scheduledAt: schoolInstant(date, time)!, durationMinutes: Number(durationMinutes) });
  if (outcome === "not-found") return { ok: false, fieldErrors: { learnerId: "notFound" } };
  revalidatePath("/mentor", "layout");
  redirect(`/mentor/sessions/${outcome.id}?done=planned`);
}

export async function recordSessionAction(sessionId: string, input: unknown): Promise<FormResult> {
  const actor = await requireRole(["MENTOR"]);
  if (!isRecordId(sessionId)) return { ok: false, formError: "notFound" };
  const parsed = recordSessionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrors(parsed.error) };
  const v = parsed.data;
  const outcome = await updateSession(actor, sessionId, Number(v.version), {
    kind: v.kind,
    scheduledAt: schoolInstant(v.date, v.time)!,
    durationMinutes: Number(v.durationMinutes),
    status: v.status,
    cancelledBy: v.status === "CANCELLED" && v.cancelledBy ? v.cancelledBy : null,
    learnerNote: v.learnerNote || null,
    privateNote: v.privateNote || null,
  });
  if (outcome === "not-found") return { ok: false, formError: "notFound" };
  revalidatePath("/mentor", "layout");
  // On a conflict the page reloads with the latest version and says why.
  redirect(`/mentor/sessions/${sessionId}?done=${outcome === "conflict" ? "conflict" : "saved"}`);
}
