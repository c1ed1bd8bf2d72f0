import { z } from "zod";

export const signInSchema = z.object({
  email: z.string().trim().min(1, "email.required").max(254, "email.tooLong").email("email.invalid"),
  password: z.string().min(1, "password.required").max(200, "password.tooLong"),
});

export type SignInInput = z.infer<typeof signInSchema>;
