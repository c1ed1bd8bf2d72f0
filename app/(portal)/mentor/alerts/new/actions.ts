"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { mentorAlertSchema, nudgeLearnerSchema, nudgePreviewSchema } from "@/lib/schemas/contact";
import { fileMentorAlert, nudgeLearner, previewNudge } from "@/lib/server/data/contact";
import { NotFoundError } from "@/lib/server/auth/actor";
import { refuse } from "@/lib/server/errors";
import { action } from "@/lib/server/actions/client";

// The learner is chosen in the form: one that is not the mentor's is a
// mistake on that field (nothing is filed), not a missing page.
async function orNotTheirLearner<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof NotFoundError) throw refuse.field("learnerId", "learner");
    throw error;
  }
}

/** Files the mentor's alert about one of their learners, then opens it. */
export const submitMentorAlert = action("contact.alert")
  .roles(["MENTOR"])
  .schema(mentorAlertSchema)
  .run(async (actor, input) => {
    const filed = await orNotTheirLearner(fileMentorAlert(actor, input));
    revalidatePath("/mentor/alerts");
    revalidatePath("/support");
    revalidatePath(`/mentor/alerts/${filed.id}`);
    redirect(`/mentor/alerts/${filed.id}?${filed.added ? "added" : "sent"}=1`);
  });

/** The invitation email as the learner would read it, with the note; writes nothing. */
export const previewNudgeAction = action("contact.nudgePreview")
  .roles(["MENTOR"])
  .schema(nudgePreviewSchema)
  .run(async (actor, input) => orNotTheirLearner(previewNudge(actor, input)));

/** Invites the learner to contact their advisor about a learner topic (once per 7 days); files nothing. */
export const sendNudge = action("contact.nudge")
  .roles(["MENTOR"])
  .schema(nudgeLearnerSchema)
  .run(async (actor, input) => {
    const sent = await orNotTheirLearner(nudgeLearner(actor, input));
    revalidatePath("/mentor/alerts/new");
    return sent;
  });
