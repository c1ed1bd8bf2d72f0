"use server";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/server/auth/auth";
import { SignInRateLimited } from "@/lib/server/auth/credentials";
import { action } from "@/lib/server/actions/client";
import { refuse } from "@/lib/server/errors";
import { signInSchema } from "@/lib/schemas/sign-in";
import { safeReturnPath } from "@/lib/domain/return-path";

export const signInAction = action("auth.signIn")
  .public()
  .schema(signInSchema)
  .run(async (_actor, input) => {
    try {
      await signIn("credentials", { email: input.email, password: input.password, redirect: false });
    } catch (error) {
      // Too many failures: said, with the time to retry (the same for a known and an unknown email).
      if (error instanceof SignInRateLimited) return refuse.rateLimited(error.retryAt);
      // One generic message whatever was wrong: no hint that an email exists.
      if (error instanceof AuthError) return refuse.form("failed");
      throw error;
    }
    redirect(safeReturnPath(input.next) ?? "/");
  });
