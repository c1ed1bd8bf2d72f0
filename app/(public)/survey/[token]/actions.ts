"use server";
import { surveyAnswerSchema } from "@/lib/schemas/satisfaction";
import { answerSurvey } from "@/lib/server/data/satisfaction";
import { action } from "@/lib/server/actions/client";
import { refuse } from "@/lib/server/errors";

/** The link's token is the credential (no sign-in): it records one answer, before it expires. */
export const answerSurveyAction = action("survey.answer")
  .public()
  .schema(surveyAnswerSchema)
  .run(async (_actor, input) => {
    const outcome = await answerSurvey(input);
    if (outcome === "invalid") return refuse.form("invalidLink");
    if (outcome !== "ok") return refuse.form(outcome);
  });
