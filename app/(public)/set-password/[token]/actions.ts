"use server";
import { setPasswordSchema } from "@/lib/schemas/admin";
import { setPasswordWithToken } from "@/lib/server/data/auth-tokens";
import { action } from "@/lib/server/actions/client";
import { refuse } from "@/lib/server/errors";

/** The link's token is the credential: it works once, before it expires, for an active account. */
export const setPasswordAction = action("auth.setPassword")
  .public()
  .schema(setPasswordSchema)
  .run(async (_actor, input) => {
    const outcome = await setPasswordWithToken(input.token, input.password);
    if (outcome !== "ok") return refuse.form("invalidLink");
  });
