// Which database the app and scripts use: DATABASE_URL when set, otherwise
// the embedded PostgreSQL in ./data/postgres (started here, stopped by the
// caller through onShutdown).
import { startEmbeddedPostgres, type EmbeddedPostgresOptions } from "./embedded-postgres";
import { isProcessAlive } from "./lock";
import { dropDatabase, redact, withClient } from "./pg-admin";
import { onShutdown } from "./shutdown";

export { isDatabaseEmpty, redact } from "./pg-admin";

export interface ResolvedDatabase {
  url: string;
  /** For migrations: DIRECT_DATABASE_URL when a pooler sits in front of DATABASE_URL, else url. */
  migrationUrl: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL if set, else the embedded server (registered for shutdown). */
export async function resolveDatabase(): Promise<ResolvedDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) {
    console.log(`[db] using DATABASE_URL (${redact(url)}).`);
    const direct = process.env.DIRECT_DATABASE_URL;
    if (direct) console.log(`[db] migrations through DIRECT_DATABASE_URL (${redact(direct)}).`);
    return { url, migrationUrl: direct || url, embedded: false, stop: async () => {} };
  }
  return startEmbedded({ dataDir: "./data/postgres", database: "portal" });
}

/**
 * TEST_DATABASE_URL if set (an admin connection the tests create their own
 * databases from), else a scratch embedded server in ./data/test-postgres,
 * apart from the app's data, on its own port.
 */
export async function resolveTestServer(): Promise<ResolvedDatabase> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) return { url, migrationUrl: url, embedded: false, stop: async () => {} };
  const server = await startEmbedded({ dataDir: "./data/test-postgres", database: "postgres", port: 54339, fast: true });
  await dropAbandonedTestDatabases(server.url);
  return server;
}

/**
 * Integration runs name their databases portal_(tpl|test)_<pid>_…; a run
 * interrupted by Ctrl-C skips its teardown. On the embedded server every run
 * is on this machine, so a dead pid means an abandoned database. (Never on
 * TEST_DATABASE_URL's server, which other machines may share.)
 */
async function dropAbandonedTestDatabases(adminUrl: string): Promise<void> {
  const names = await withClient(adminUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname ~ '^portal_(tpl|test)_[0-9]+_'");
    return rows.map((r) => r.datname);
  });
  for (const name of names) {
    const pid = Number(/^portal_(?:tpl|test)_(\d+)_/.exec(name)?.[1]);
    if (!isProcessAlive(pid)) await dropDatabase(adminUrl, name);
  }
}

async function startEmbedded(options: EmbeddedPostgresOptions): Promise<ResolvedDatabase> {
  const server = await startEmbeddedPostgres(options);
  onShutdown(() => server.stop());
  return { url: server.url, migrationUrl: server.url, embedded: true, stop: server.stop };
}
