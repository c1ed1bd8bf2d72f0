"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { learnerRequestSchema } from "@/lib/schemas/contact";
import { fileLearnerRequest } from "@/lib/server/data/contact";
import { action } from "@/lib/server/actions/client";

/** Files the learner's request for themselves, then opens it. */
export const submitLearnerRequest = action("contact.file")
  .roles(["LEARNER"])
  .schema(learnerRequestSchema)
  .run(async (actor, input) => {
    const filed = await fileLearnerRequest(actor, input);
    revalidatePath("/learner/requests");
    revalidatePath(`/learner/requests/${filed.id}`);
    redirect(`/learner/requests/${filed.id}?${filed.added ? "added" : "sent"}=1`);
  });
