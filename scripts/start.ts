// npm start (production build) / npm run dev (--dev: next dev).
// One command from a fresh clone: database (DATABASE_URL or the embedded
// PostgreSQL in ./data/postgres), migrations, demo data on an empty embedded
// database (never on DATABASE_URL), a build when sources changed, then the web
// server and the background worker. With NODE_ENV=production it refuses to go on
// while a demo account can sign in (the web server checks again: instrumentation.ts).
// Ctrl-C / SIGTERM stops Next.js, then the worker, then PostgreSQL.
import net from "node:net";
import path from "node:path";
import { requireValidEnv } from "../lib/server/env";
import { authSecret } from "./lib/auth-secret";
import { isDatabaseEmpty, resolveDatabase } from "./lib/database-url";
import { demoStartRefusal } from "../lib/domain/demo-accounts";
import { countDemoSignIns } from "./lib/demo-accounts";
import { demoHint } from "./lib/demo-hint";
import { ensureBuild } from "./lib/next-build";
import { bin, projectRoot } from "./lib/paths";
import { migrateDeploy, seed } from "./lib/prisma-cli";
import { start, type Running } from "./lib/run";
import { isShuttingDown, runMain } from "./lib/shutdown";

async function main(): Promise<number> {
  const dev = process.argv.includes("--dev");
  // Before anything starts: a bad variable is reported by name, not found later by a crash.
  const checked = requireValidEnv({ databaseUrl: "optional" });
  const port = checked.PORT ?? 3000;
  const host = process.env.HOST;

  // The operator's NODE_ENV: `next start` below always runs as production.
  const production = checked.NODE_ENV === "production";
  if (production && checked.ALLOW_DEMO_ACCOUNTS) {
    console.error("ALLOW_DEMO_ACCOUNTS=1 is for demo and test instances: unset it, or unset NODE_ENV=production.");
    return 1;
  }

  const db = await resolveDatabase();
  await migrateDeploy(db.migrationUrl);
  // A demo instance: the launcher's own embedded database, or one declared so (never in production).
  const demo = !production && (db.embedded || checked.ALLOW_DEMO_ACCOUNTS);
  if (await isDatabaseEmpty(db.url)) {
    if (db.embedded && !production) {
      console.log("[db] no users yet: loading the demo data (prisma/seed.ts)…");
      await seed(db.url);
    } else {
      console.log("[db] no users yet. Demo data loads only on the embedded database, or with `npm run db:seed -- --demo`.");
    }
  }
  const demoSignIns = await countDemoSignIns(db.url);
  const refusal = demoStartRefusal({ production, demoAllowed: demo, demoSignIns });
  if (refusal) {
    console.error(refusal);
    return 1;
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: db.url,
    // The web server's own check (instrumentation.ts) runs as production: tell it this is a demo instance.
    ...(demo ? { ALLOW_DEMO_ACCOUNTS: "1" } : {}),
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_TRUST_HOST: "true",
    AUTH_SECRET: authSecret(),
  };
  if (!dev) await ensureBuild(env);

  // Started first so that shutdown (last in, first out) stops Next.js before it.
  const worker = startWorker(env);
  const nextArgs = [dev ? "dev" : "start", "-p", String(port), ...(host ? ["-H", host] : [])];
  const web = start(bin("next"), nextArgs, { env, name: "Next.js" });

  const url = `http://${!host || host === "0.0.0.0" || host === "::" ? "localhost" : host}:${port}`;
  void waitForPort(host ?? "localhost", port, web).then((up) => {
    const hint = demo && demoSignIns > 0 ? `\n  ${demoHint().replaceAll("\n", "\n  ")}` : "";
    if (up) console.log(`\n  Portal ready: ${url}${hint}\n  Stop with Ctrl-C.\n`);
  });

  const first = await Promise.race([
    web.exited.then((code) => ({ name: "Next.js", code })),
    worker.exited.then((code) => ({ name: "the worker", code })),
  ]);
  if (!isShuttingDown()) console.error(`\n✖ ${first.name} exited (code ${first.code}): stopping everything.`);
  return first.code === 0 ? 1 : first.code;
}

/** The background worker (email outbox, scheduled jobs), with the same environment. */
function startWorker(env: NodeJS.ProcessEnv): Running {
  // The react-server condition lets it import the app's `server-only` modules outside Next.js.
  const args = ["--conditions=react-server", "--import", "tsx", path.join(projectRoot, "scripts", "worker.ts")];
  return start(process.execPath, args, { env, name: "the worker" });
}

/** Resolves true once something accepts connections on the port (Next.js is up). */
async function waitForPort(host: string, port: number, web: Running): Promise<boolean> {
  let exited = false;
  void web.exited.then(() => (exited = true));
  for (let i = 0; i < 600 && !exited; i++) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host, port }, () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (up) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

runMain(main);
