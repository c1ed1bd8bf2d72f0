// Spawning child processes that are stopped on shutdown (so a SIGTERM sent to
// the launcher alone does not leave orphans) and whose failures read clearly.
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import { projectRoot } from "./paths";
import { onShutdown } from "./shutdown";

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Named in shutdown messages (long-running processes). */
  name?: string;
  /** Grace period before SIGKILL when stopping the child at shutdown. */
  stopTimeoutMs?: number;
}

export interface Running {
  child: ChildProcess;
  /** Resolves with the exit code (128 + n for a signal). */
  exited: Promise<number>;
  stop(): Promise<number>;
}

/** Starts a command with inherited stdio; it is stopped if we shut down. */
export function start(command: string, args: string[], options: RunOptions = {}): Running {
  const spawnOptions: SpawnOptions = {
    cwd: options.cwd ?? projectRoot,
    env: options.env ?? process.env,
    stdio: "inherit",
  };
  const child = spawn(command, args, spawnOptions);
  const exited = new Promise<number>((resolve) => {
    child.once("error", (err) => {
      console.error(`✖ could not start ${command}: ${err.message}`);
      resolve(127);
    });
    child.once("exit", (code, signal) => resolve(code ?? 128 + signalNumber(signal)));
  });
  const stop = async (): Promise<number> => {
    if (child.exitCode === null && child.signalCode === null) {
      if (options.name) console.log(`[shutdown] stopping ${options.name} (pid ${child.pid})…`);
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), options.stopTimeoutMs ?? 10_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    }
    return exited;
  };
  const unregister = onShutdown(stop);
  void exited.then(unregister);
  return { child, exited, stop };
}

/** Runs a command to its end, returning its exit code and standard output (stderr is shown). */
export async function capture(command: string, args: string[], options: RunOptions = {}): Promise<{ code: number; stdout: string }> {
  const child = spawn(command, args, {
    cwd: options.cwd ?? projectRoot,
    env: options.env ?? process.env,
    stdio: ["inherit", "pipe", "inherit"],
  });
  let stdout = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  const unregister = onShutdown(() => child.kill("SIGTERM"));
  const code = await new Promise<number>((resolve) => {
    child.once("error", () => resolve(127));
    child.once("close", (exitCode, signal) => resolve(exitCode ?? 128 + signalNumber(signal)));
  });
  unregister();
  return { code, stdout };
}

/**
 * Command line running a TypeScript file with tsx as a loader inside one node
 * process. (The `tsx` CLI wraps the script in a second process whose signal
 * relay may SIGKILL a script that is busy shutting down.)
 */
export function tsxCommand(file: string, args: string[] = []): [string, string[]] {
  return [process.execPath, ["--import", "tsx", file, ...args]];
}

/** Runs a command to completion; throws with the command line if it fails. */
export async function run(command: string, args: string[], options: RunOptions = {}): Promise<void> {
  const code = await start(command, args, options).exited;
  if (code !== 0) {
    throw new Error(`\`${[command, ...args].join(" ")}\` failed (exit code ${code}).`);
  }
}

function signalNumber(signal: NodeJS.Signals | null): number {
  const numbers: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };
  return (signal && numbers[signal]) || 1;
}
