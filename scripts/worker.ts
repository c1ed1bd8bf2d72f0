// The background worker: sends the email outbox and runs scheduled jobs.
// `npm start` runs it beside the web server; run it on its own with
// `npm run worker` (DATABASE_URL required) when several app servers share
// one PostgreSQL. Several workers may run at once: rows are claimed with
// FOR UPDATE SKIP LOCKED and jobs are idempotent.
import { startWorker } from "@/lib/server/worker";
import { disconnectDb } from "@/lib/server/db";

if (!process.env.DATABASE_URL) {
  console.error("[worker] DATABASE_URL is not set. `npm start` sets it for the embedded database; set it to run the worker on its own.");
  process.exit(1);
}

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
