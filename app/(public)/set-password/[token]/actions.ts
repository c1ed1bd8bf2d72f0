"use server";
import { fieldErrors } from "@/lib/schemas/form-result";
import { passwordSchema } from "@/lib/schemas/admin";
import { setPasswordWithToken } from "@/lib/server/data/auth-tokens";
import type { ServerFormResult } from "@/app/(portal)/admin/_components/use-server-form";

/** The link's token is the credential: it works once, before it expires, for an active account. */
export async function setPasswordAction(token: string, input: unknown): Promise<ServerFormResult> {
  const parsed = passwordSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrors(parsed.error) };
  if (typeof token !== "string") return { ok: false, formError: "invalid" };
  const outcome = await setPasswordWithToken(token, parsed.data.password);
  return outcome === "ok" ? { ok: true } : { ok: false, formError: "invalid" };
}
