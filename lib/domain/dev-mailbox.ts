// The admin's dev mailbox: the outbox read in the portal while no SMTP server is set up.
// Never in production, never once emails really go out; and its links never work
// (an admin could otherwise reset anyone's password and sign in as them).

/** Whether /admin/mailbox exists: no SMTP_URL, and not a production build. */
export function devMailboxEnabled(env: Record<string, string | undefined>): boolean {
  return !env.SMTP_URL && env.NODE_ENV !== "production";
}

export const MASK = "••••";

/**
 * An email's text or HTML with its secrets masked: the token of every invitation or
 * reset link, and any other long token-like run (43 characters for ours), so a new
 * template's link cannot slip through.
 */
export function maskSecrets(body: string): string {
  return body.replace(/(\/set-password\/)[A-Za-z0-9_-]+/g, `$1${MASK}`).replace(/[A-Za-z0-9_-]{32,}/g, MASK);
}
