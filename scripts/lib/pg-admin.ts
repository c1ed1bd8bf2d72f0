// Small helpers over `pg` on connection URLs: no embedded server, no CLI, so
// vitest's setup files can use them too.
import pg from "pg";

/** The same server and credentials, another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

/** Hides the password in URLs we print. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparsable URL)";
  }
}

/** Runs fn with a connected client, always closing it. */
export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {}); // a server that goes away surfaces through the query instead
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** True when no user exists yet (or the table is missing: nothing was ever set up). */
export async function isDatabaseEmpty(url: string): Promise<boolean> {
  return withClient(url, async (client) => {
    try {
      const { rows } = await client.query<{ count: string }>('SELECT count(*) AS count FROM "User"');
      return Number(rows[0].count) === 0;
    } catch (err) {
      if ((err as { code?: string }).code === "42P01") return true; // undefined_table
      throw err;
    }
  });
}

/** DROP (forcing out sessions) then CREATE, through the admin URL's server. */
export async function recreateDatabase(adminUrl: string, database: string, template?: string): Promise<string> {
  await withClient(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${quoteIdent(database)}${template ? ` TEMPLATE ${quoteIdent(template)}` : ""}`);
  });
  return withDatabase(adminUrl, database);
}

export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  await withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`));
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
