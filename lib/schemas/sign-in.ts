import { z } from "zod";
import { isSafeLine, isSafeText } from "./fields";

export const signInSchema = z.object({
  email: z.string().trim().min(1, "email.required").max(254, "email.tooLong").email("email.invalid").refine(isSafeLine, "email.invalid"),
  password: z.string().min(1, "password.required").max(200, "password.tooLong").refine(isSafeText, "controlChars"),
  /** Where to go on after signing in (a booking link in an email); checked by safeReturnPath. */
  next: z.string().max(300).optional(),
});

export type SignInInput = z.infer<typeof signInSchema>;
