"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { planSession, updateSession } from "@/lib/server/data/sessions";
import { planSessionSchema, recordSessionSchema } from "@/lib/schemas/session";
import { schoolInstant } from "@/lib/domain/week";
import { NotFoundError } from "@/lib/server/auth/actor";
import { refuse } from "@/lib/server/errors";
import { action } from "@/lib/server/actions/client";

export const planSessionAction = action("mentor.planSession")
  .roles(["MENTOR"])
  .schema(planSessionSchema)
  .run(async (actor, { learnerId, kind, date, time, durationMinutes }) => {
    let created: { id: string };
    try {
      created = await planSession(actor, { learnerId, kind, scheduledAt: schoolInstant(date, time)!, durationMinutes: Number(durationMinutes) });
    } catch (error) {
      // The learner is chosen in the form: not one of the mentor's is that field's mistake.
      if (error instanceof NotFoundError) return refuse.field("learnerId", "notFound");
      throw error;
    }
    revalidatePath("/mentor", "layout");
    redirect(`/mentor/sessions/${created.id}?done=planned`);
  });

export const recordSessionAction = action("mentor.recordSession")
  .roles(["MENTOR"])
  .schema(recordSessionSchema)
  .run(async (actor, v) => {
    const outcome = await updateSession(actor, v.id, Number(v.version), {
      kind: v.kind,
      scheduledAt: schoolInstant(v.date, v.time)!,
      durationMinutes: Number(v.durationMinutes),
      status: v.status,
      cancelledBy: v.status === "CANCELLED" && v.cancelledBy ? v.cancelledBy : null,
      learnerNote: v.learnerNote || null,
      privateNote: v.privateNote || null,
    });
    revalidatePath("/mentor", "layout");
    // On a conflict the page reloads with the latest version and says why.
    redirect(`/mentor/sessions/${v.id}?done=${outcome === "conflict" ? "conflict" : "saved"}`);
  });
