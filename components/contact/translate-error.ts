import type { Messages } from "@/lib/i18n";

/**
 * Legacy, for the triage forms only (the contact forms use useActionForm, which
 * names the field for an unknown key): delete once nothing imports it.
 */
export function translateError(m: Messages, key: string): string {
  const errors = m.forms as Record<string, string>;
  return errors[key] ?? m.forms.required;
}
