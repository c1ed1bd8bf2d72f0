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
import { startInboundSmtp, type InboundSmtp } from "@/lib/server/mail/inbound-smtp";

const env = requireValidEnv({ databaseUrl: "required" });

const stop = startWorker();
console.log(`[worker] running (pid ${process.pid}).`);

// Replies by email: the SMTP listener, when INBOUND_SMTP_PORT is set (README "Email").
let inbound: InboundSmtp | null = null;
if (env.INBOUND_SMTP_PORT) {
  if (!env.REPLY_DOMAIN) console.log("[inbound] INBOUND_SMTP_PORT is set but REPLY_DOMAIN is not: every recipient is refused.");
  const host = env.INBOUND_SMTP_HOST ?? "127.0.0.1";
  startInboundSmtp({ port: env.INBOUND_SMTP_PORT, host }).then(
    (listener) => {
      inbound = listener;
      console.log(`[inbound] SMTP listener on ${host}:${listener.port}.`);
    },
    (error: unknown) => {
      console.error(`[inbound] cannot listen on ${host}:${env.INBOUND_SMTP_PORT}: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void Promise.all([stop(), inbound?.stop()])
      .then(() => disconnectDb())
      .then(() => process.exit(0));
  });
}
