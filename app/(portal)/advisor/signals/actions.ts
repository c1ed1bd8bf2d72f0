"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { action } from "@/lib/server/actions/client";
import { NotFoundError } from "@/lib/server/errors";
import { resolveSignal } from "@/lib/server/data/signals";
import { resolveSignalSchema } from "@/lib/schemas/follow-up";

/**
 * Marks one signal as handled, then shows the list again (same page) with a confirmation;
 * a signal out of reach (another advisor's learner) is said on the page, not as a form error.
 */
export const resolveSignalAction = action("advisor.markSignalHandled")
  .roles(["ADVISOR"])
  .schema(resolveSignalSchema)
  .run(async (actor, { signalId, after, note }) => {
    const done = await resolveSignal(actor, signalId, note).then(
      () => "resolved",
      (error: unknown) => {
        if (error instanceof NotFoundError) return "missing";
        throw error;
      },
    );
    revalidatePath("/advisor", "layout");
    redirect(`/advisor/signals?done=${done}${after ? `&after=${after}` : ""}`);
  });
