"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signOut } from "@/lib/server/auth/auth";
import { signOutEverywhere } from "@/lib/server/data/auth-sessions";
import { fromFormData } from "@/lib/schemas/form-data";
import { action } from "@/lib/server/actions/client";
import { ROLES } from "@/lib/domain/roles";
import { now } from "@/lib/server/clock";

/** Every session of the account ends (other browsers at their next request), then this one's cookie goes. */
export const signOutEverywhereAction = action("account.signOutEverywhere")
  .roles(ROLES)
  .schema(fromFormData(z.object({})))
  .formAction(async (actor) => {
    await signOutEverywhere(actor, now());
    await signOut({ redirect: false });
    redirect("/login");
  });
