"use server";
import { forgotPasswordSchema } from "@/lib/schemas/admin";
import { requestPasswordReset } from "@/lib/server/data/auth-tokens";
import { action } from "@/lib/server/actions/client";

/** Always the same answer, whether or not the address has an account. */
export const forgotPasswordAction = action("auth.forgotPassword")
  .public()
  .schema(forgotPasswordSchema)
  .run(async (_actor, input) => {
    await requestPasswordReset(input.email);
  });
