// The demo data's accounts (prisma/seed.ts) share one published password (README):
// on a real school's instance, any of them that can sign in is an open door.

/** Every demo account's email ends so (emails are stored lower-cased). */
export const DEMO_EMAIL_SUFFIX = "@demo.test";

/** What an operator runs to close the demo accounts without deleting their records. */
export const CLOSE_DEMO_ACCOUNTS_SQL = `UPDATE "User" SET active = false, "passwordHash" = NULL WHERE email LIKE '%${DEMO_EMAIL_SUFFIX}';`;

export interface DemoStart {
  /** NODE_ENV is production (always so under `next start`). */
  production: boolean;
  /** A demo or test instance: ALLOW_DEMO_ACCOUNTS=1, or the launcher serving its embedded database. */
  demoAllowed: boolean;
  /** Demo accounts that are active and have a password. */
  demoSignIns: number;
}

/** Why the server must not start, or null when it may. */
export function demoStartRefusal({ production, demoAllowed, demoSignIns }: DemoStart): string | null {
  if (!production || demoAllowed || demoSignIns === 0) return null;
  const accounts = demoSignIns === 1 ? `1 demo account (${DEMO_EMAIL_SUFFIX}) can` : `${demoSignIns} demo accounts (${DEMO_EMAIL_SUFFIX}) can`;
  return [
    `Refusing to start in production: ${accounts} sign in with the password printed in the README.`,
    `  Close them (their records stay): ${CLOSE_DEMO_ACCOUNTS_SQL}`,
    "  Or, on a demo or test instance only, set ALLOW_DEMO_ACCOUNTS=1.",
  ].join("\n");
}
