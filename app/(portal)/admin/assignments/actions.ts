"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/server/actions/client";
import { refuse } from "@/lib/server/errors";
import { bulkMoveSchema } from "@/lib/schemas/admin";
import { bulkMoveLearners, previewBulkMove } from "@/lib/server/data/assignments";

// Two steps on the same form: the preview counts the learners who would
// move, the move moves them. Both parse the whole form.

export const previewBulkMoveAction = action("admin.previewBulkMove")
  .roles(["ADMIN"])
  .schema(bulkMoveSchema)
  .run(async (actor, input) => ({ step: "preview" as const, count: await previewBulkMove(actor, input) }));

export const bulkMoveAction = action("admin.bulkMove")
  .roles(["ADMIN"])
  .schema(bulkMoveSchema)
  .run(async (actor, input) => {
    const result = await bulkMoveLearners(actor, input);
    if (result.outcome !== "ok") return refuse.field("toId", "invalidStaff");
    revalidatePath("/admin", "layout");
    return { step: "done" as const, count: result.moved };
  });
