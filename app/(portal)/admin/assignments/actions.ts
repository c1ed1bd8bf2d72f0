"use server";
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/server/auth/session";
import { fieldErrors } from "@/lib/schemas/form-result";
import { bulkMoveSchema } from "@/lib/schemas/admin";
import { bulkMoveLearners, previewBulkMove } from "@/lib/server/data/assignments";
import type { ServerFormResult } from "../_components/use-server-form";

export type BulkStep = { step: "preview" | "done"; count: number };

/** Step one counts the learners who would move; step two moves them. Both parse the same form. */
export async function bulkMoveAction(input: unknown, confirm: boolean): Promise<ServerFormResult<BulkStep>> {
  const actor = await requireRole(["ADMIN"]);
  const parsed = bulkMoveSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrors(parsed.error) };
  if (!confirm) return { ok: true, data: { step: "preview", count: await previewBulkMove(actor, parsed.data) } };
  const result = await bulkMoveLearners(actor, parsed.data);
  if (result.outcome !== "ok") return { ok: false, fieldErrors: { toId: result.outcome } };
  revalidatePath("/admin", "layout");
  return { ok: true, data: { step: "done", count: result.moved } };
}
