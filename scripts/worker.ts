// The background worker: sends the email outbox and runs scheduled jobs.
// `npm start` runs it beside the web server; run it on its own with
// `npm run worker` (DATABASE_URL required) when several app servers share
// one PostgreSQL. Several workers may run at once: each email is leased on
// its own and each job period is claimed by one worker (lib/server/worker.ts).
// `npm start` sets DATABASE_URL for the embedded database; on its own the
// worker needs it set.
import { requireValidEnv } from "@/lib/server/env";
import { startWorker } from "@/lib/server/worker";
import { disconnectDb } from "@/lib/server/db";

requireValidEnv({ databaseUrl: "required" });

const stop = startWorker();
console.log(`[worker] running (pid ${process.pid}).`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void stop()
      .then(() => disconnectDb())
      .then(() => process.exit(0));
  });
}
