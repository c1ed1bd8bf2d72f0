import "server-only";
import { demoStartRefusal } from "@/lib/domain/demo-accounts";
import { countDemoSignIns } from "@/lib/server/data/demo-accounts";
import { requireValidEnv } from "@/lib/server/env";

/**
 * The web server's own start-up checks (instrumentation.ts), so that every way of
 * starting it is covered: `npm start`, `npm run start:web`, a plain `next start`.
 * Before the first request: a bad environment, or (in production) demo accounts
 * that can sign in, stop the process with the reason on stderr.
 */
export async function checkServerStart(): Promise<void> {
  const env = requireValidEnv({ databaseUrl: "required", authSecret: "required" });
  if (env.NODE_ENV !== "production") return;
  let demoSignIns: number;
  try {
    demoSignIns = await countDemoSignIns();
  } catch (error) {
    console.error(`Refusing to start: cannot check the database for demo accounts (${error instanceof Error ? error.message : String(error)}).`);
    process.exit(1);
  }
  const refusal = demoStartRefusal({ production: true, demoAllowed: env.ALLOW_DEMO_ACCOUNTS, demoSignIns });
  if (refusal) {
    console.error(refusal);
    process.exit(1);
  }
}
