"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signOut } from "@/lib/server/auth/auth";
import { fromFormData } from "@/lib/schemas/form-data";
import { action } from "./client";

export const signOutAction = action("auth.signOut")
  .public()
  .schema(fromFormData(z.object({})))
  .formAction(async () => {
    await signOut({ redirect: false });
    redirect("/login");
  });
