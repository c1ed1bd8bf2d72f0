"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/server/auth/session";
import { resolveSignal } from "@/lib/server/data/signals";
import { isRecordId } from "@/lib/schemas/fields";


/** Marks one signal as handled, then shows the list again (same page) with a confirmation. */
export async function resolveSignalAction(formData: FormData): Promise<void> {
  const actor = await requireRole(["ADVISOR"]);
  const signalId = formData.get("signalId");
  const after = formData.get("after");
  const outcome = isRecordId(signalId) ? await resolveSignal(actor, signalId) : "not-found";
  revalidatePath("/advisor", "layout");
  const page = isRecordId(after) ? `&after=${after}` : "";
  redirect(`/advisor/signals?done=${outcome === "ok" ? "resolved" : "missing"}${page}`);
}
