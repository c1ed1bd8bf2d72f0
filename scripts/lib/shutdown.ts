// One place that turns SIGINT/SIGTERM/SIGHUP into an orderly shutdown.
// Cleanups run last-registered-first: the database is registered before the
// processes that use it, so Next.js and the worker stop before PostgreSQL.
// Signal handlers are installed by runMain() only: code shared with vitest
// (global setup) registers cleanups without taking over its signals.
type Cleanup = () => unknown;

const cleanups: Cleanup[] = [];
let installed = false;
let shuttingDown = false;
let firstSignalAt = 0;

export function onShutdown(cleanup: Cleanup): () => void {
  cleanups.push(cleanup);
  return () => {
    const i = cleanups.lastIndexOf(cleanup);
    if (i >= 0) cleanups.splice(i, 1);
  };
}

export function isShuttingDown(): boolean {
  return shuttingDown;
}

/** Runs every cleanup (each at most once, errors reported) then exits. */
export async function shutdown(code: number): Promise<never> {
  if (!shuttingDown) {
    shuttingDown = true;
    while (cleanups.length > 0) {
      const cleanup = cleanups.pop()!;
      try {
        await cleanup();
      } catch (err) {
        console.error(`[shutdown] ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    process.exit(code);
  }
  // A second caller waits for the first one, which exits the process.
  return new Promise<never>(() => {});
}

/** Runs a script's main function and exits with its code through shutdown(). */
export function runMain(main: () => Promise<number>): void {
  installSignalHandlers();
  main().then(
    (code) => shutdown(code),
    (err: unknown) => {
      console.error(`\n✖ ${err instanceof Error ? err.message : String(err)}`);
      if (process.env.DEBUG && err instanceof Error && err.stack) console.error(err.stack);
      return shutdown(1);
    },
  );
}

function installSignalHandlers(): void {
  if (installed) return;
  installed = true;
  const signals: [NodeJS.Signals, number][] = [
    ["SIGINT", 130],
    ["SIGTERM", 143],
    ["SIGHUP", 129],
  ];
  for (const [signal, code] of signals) {
    process.on(signal, () => {
      if (shuttingDown) {
        // One Ctrl-C can arrive twice (from the terminal and relayed by npm):
        // only a later one means "leave now". The 'exit' hooks (the embedded
        // database registers one) still run, synchronously.
        if (Date.now() - firstSignalAt < 2_000) return;
        console.error(`\n[shutdown] ${signal} again: exiting now.`);
        process.exit(code);
      }
      firstSignalAt = Date.now();
      console.error(`\n[shutdown] ${signal} received, stopping…`);
      void shutdown(code);
    });
  }
}
