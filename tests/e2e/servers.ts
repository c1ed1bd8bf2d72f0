import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { expect } from "@playwright/test";
import { freePort } from "../../scripts/lib/ports";

// Processes a spec starts for itself beside the suite's server (whose output Playwright
// keeps): `next start` from the same build, workers. Each in its own process group, so that
// stopping it by pid also stops what it started; their output is collected.

export const ROOT = path.resolve(__dirname, "../..");

export type Server = { url: string; process: ChildProcess; output: string[] };

export function launch(command: string, args: string[], env: NodeJS.ProcessEnv, output: string[]): ChildProcess {
  const child = spawn(command, args, { cwd: ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  for (const stream of [child.stdout, child.stderr]) stream?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  return child;
}

export async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid, "SIGTERM");
  await exited;
}

/** A production `next start` on a free port of 127.0.0.1, once its sign-in page answers. */
export async function startNextServer(env: NodeJS.ProcessEnv): Promise<Server> {
  const port = await freePort();
  const output: string[] = [];
  const child = launch(path.join(ROOT, "node_modules", ".bin", "next"), ["start", "-H", "127.0.0.1", "-p", String(port)], env, output);
  const url = `http://127.0.0.1:${port}`;
  await expect
    .poll(
      async () => {
        if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${output.join("")}`);
        return fetch(`${url}/login`).then((r) => r.status, () => 0);
      },
      { timeout: 120_000, intervals: [500] },
    )
    .toBe(200);
  return { url, process: child, output };
}
