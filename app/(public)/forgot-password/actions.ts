"use server";
import { headers } from "next/headers";
import { forgotPasswordSchema } from "@/lib/schemas/admin";
import { requestPasswordReset } from "@/lib/server/data/auth-tokens";
import { action } from "@/lib/server/actions/client";
import { clientIp } from "@/lib/server/auth/client-ip";

/**
 * Always the same answer and the same work, whether or not the address has an account:
 * one row written; the worker looks it up, applies the limits and sends the email.
 */
export const forgotPasswordAction = action("auth.forgotPassword")
  .public()
  .schema(forgotPasswordSchema)
  .run(async (_actor, input) => {
    await requestPasswordReset(input.email, clientIp(await headers()));
  });
