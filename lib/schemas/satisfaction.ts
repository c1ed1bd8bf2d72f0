import { z } from "zod";
import "./zod-config";
import { optionalMultiLine } from "./fields";
import { COMMENT_MAX } from "@/lib/domain/satisfaction";

/** The survey's one question: a rating from 1 to 5 (required to answer) and an optional comment. */
export const surveyAnswerSchema = z.object({
  token: z.string({ error: "invalidLink" }).min(1, "invalidLink").max(200, "invalidLink"),
  rating: z.enum(["1", "2", "3", "4", "5"], "required"),
  comment: optionalMultiLine(COMMENT_MAX),
});

export type SurveyAnswerInput = z.infer<typeof surveyAnswerSchema>;
