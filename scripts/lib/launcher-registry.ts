// Which launchers use a data directory's server, and which server a launcher
// started. Kept next to the data directory (DATA.launchers.json) and only
// read or written while holding DATA.lock.
//
// This is what lets the last launcher out stop the server, lets a second
// launcher share the first one's server, and lets a new launcher take over a
// server whose launcher was killed (SIGKILL leaves PostgreSQL running).
import fs from "node:fs";
import { isProcessAlive } from "./lock";

export interface Registry {
  /** pid of the postmaster a launcher started; a server with another pid was started by someone else. */
  postmasterPid: number | null;
  /** pids of the launchers using the server now. */
  users: number[];
}

function file(dataDir: string): string {
  return `${dataDir}.launchers.json`;
}

/** Reads the registry, forgetting launchers that are no longer alive. */
export function readRegistry(dataDir: string): Registry {
  try {
    const raw = JSON.parse(fs.readFileSync(file(dataDir), "utf8")) as Partial<Registry>;
    return {
      postmasterPid: typeof raw.postmasterPid === "number" ? raw.postmasterPid : null,
      users: (raw.users ?? []).filter((pid) => typeof pid === "number" && isProcessAlive(pid)),
    };
  } catch {
    return { postmasterPid: null, users: [] };
  }
}

export function writeRegistry(dataDir: string, registry: Registry): void {
  const tmp = `${file(dataDir)}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify(registry)}\n`);
  fs.renameSync(tmp, file(dataDir));
}
