"use server";
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/server/auth/session";
import { updateWeeklyCommitment } from "@/lib/server/data/commitments";
import { weeklyCommitmentSchema } from "@/lib/schemas/session";

export type CommitmentFormState = { status: "idle" | "saved" | "error"; error?: string };

/** The weekly-commitment form's action (advisor for their learners, admin for any). */
export async function updateWeeklyCommitmentAction(_previous: CommitmentFormState, formData: FormData): Promise<CommitmentFormState> {
  const actor = await requireRole(["ADVISOR", "ADMIN"]);
  const parsed = weeklyCommitmentSchema.safeParse({ learnerId: formData.get("learnerId"), value: formData.get("value") });
  if (!parsed.success) return { status: "error", error: parsed.error.issues[0]?.message ?? "commitment.range" };
  const outcome = await updateWeeklyCommitment(actor, parsed.data.learnerId, Number(parsed.data.value));
  if (outcome === "not-found") return { status: "error", error: "notFound" };
  revalidatePath("/advisor", "layout");
  revalidatePath("/admin", "layout");
  return { status: "saved" };
}
