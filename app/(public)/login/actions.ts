"use server";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/server/auth/auth";
import { signInSchema } from "@/lib/schemas/sign-in";
import { fieldErrors, type FormResult } from "@/lib/schemas/form-result";

export async function signInAction(input: unknown): Promise<FormResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrors(parsed.error) };
  try {
    await signIn("credentials", { ...parsed.data, redirect: false });
  } catch (error) {
    // One generic message whatever was wrong: no hint that an email exists.
    if (error instanceof AuthError) return { ok: false, formError: "failed" };
    throw error;
  }
  redirect("/");
}
