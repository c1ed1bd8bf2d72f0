// A lock file shared by every launcher using one PostgreSQL data directory,
// so that checking, initialising, starting and stopping the server never
// interleave (two `npm start` at once, or one stopping while another starts).
// The file holds the owner's pid; a lock whose owner died is taken over.
import fs from "node:fs";

export type Release = () => void;

const POLL_MS = 100;

/** The pid exists (possibly as a zombie). */
export function pidExists(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The pid exists and is not a zombie. */
export function isProcessAlive(pid: number): boolean {
  return pidExists(pid) && !isZombie(pid);
}

// A killed process whose parent has not reaped it yet (or never will, under a
// container init that does not reap) still answers kill(pid, 0).
function isZombie(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z");
  } catch {
    return false;
  }
}

/** One attempt. Returns a release function, or the pid of the current holder. */
function tryLock(file: string): Release | number {
  try {
    const fd = fs.openSync(file, "wx", 0o644);
    fs.writeSync(fd, String(process.pid));
    fs.closeSync(fd);
    return () => {
      // Only remove the file if it is still ours.
      if (readHolder(file) === process.pid) fs.rmSync(file, { force: true });
    };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
  }
  const holder = readHolder(file);
  if (holder !== undefined && !isProcessAlive(holder)) {
    fs.rmSync(file, { force: true }); // left by a killed process
    return tryLock(file);
  }
  if (holder === undefined && ageMs(file) > 5_000) {
    fs.rmSync(file, { force: true }); // created but never written: writer died
    return tryLock(file);
  }
  return holder ?? 0;
}

export async function acquireLock(file: string, what: string, timeoutMs = 120_000): Promise<Release> {
  const deadline = Date.now() + timeoutMs;
  let announced = false;
  for (;;) {
    const result = tryLock(file);
    if (typeof result === "function") return result;
    if (!announced) {
      console.log(`[db] waiting for ${what} (lock held by pid ${result})…`);
      announced = true;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for ${what}: ${file} is held by pid ${result}.`);
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/** Synchronous variant for 'exit' handlers, where nothing async can run. */
export function acquireLockSync(file: string, timeoutMs = 60_000): Release {
  const deadline = Date.now() + timeoutMs;
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    const result = tryLock(file);
    if (typeof result === "function") return result;
    // Held by ourselves (we are exiting in the middle of a start): go ahead.
    if (result === process.pid) return () => fs.rmSync(file, { force: true });
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${file} (held by pid ${result}).`);
    Atomics.wait(sleeper, 0, 0, POLL_MS);
  }
}

function readHolder(file: string): number | undefined {
  try {
    const pid = Number.parseInt(fs.readFileSync(file, "utf8"), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function ageMs(file: string): number {
  try {
    return Date.now() - fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}
