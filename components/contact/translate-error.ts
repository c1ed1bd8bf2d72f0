import type { Messages } from "@/lib/i18n";

/** A zod message key from lib/schemas/fields.ts, in the reader's language. */
export function translateError(m: Messages, key: string): string {
  const errors = m.forms as Record<string, string>;
  return errors[key] ?? m.forms.required;
}

/** Next.js ends a successful server action with a redirect, thrown as an error to let through. */
export function isRedirect(error: unknown): boolean {
  return Boolean(error && typeof error === "object" && "digest" in error && String((error as { digest: unknown }).digest).startsWith("NEXT_REDIRECT"));
}
