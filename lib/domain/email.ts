/** Emails are unique case-insensitively: they are always stored this way. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
