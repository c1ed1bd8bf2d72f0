"use server";
import { fieldErrors } from "@/lib/schemas/form-result";
import { forgotPasswordSchema } from "@/lib/schemas/admin";
import { requestPasswordReset } from "@/lib/server/data/auth-tokens";
import type { ServerFormResult } from "@/app/(portal)/admin/_components/use-server-form";

/** Always the same answer, whether or not the address has an account. */
export async function forgotPasswordAction(input: unknown): Promise<ServerFormResult> {
  const parsed = forgotPasswordSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrors(parsed.error) };
  await requestPasswordReset(parsed.data.email);
  return { ok: true };
}
