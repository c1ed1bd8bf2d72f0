// Loaded only by the Prisma CLI (generate, migrate). It runs every step with
// Prisma's WebAssembly engines through @prisma/adapter-pg, so nothing is
// downloaded. Three adapter-pg 6.19 bugs on the migrate path are worked
// around here (see STACK_NOTES.md, "Prisma, offline").
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

// 1. The adapter refuses some catalog column types the schema engine reads.
//    Report them as text / text[] so the adapter maps them.
const TEXT = 25;
const TEXT_ARRAY = 1009;
const AS_TEXT = new Set([18, 19, 22, 30, 194]);
const AS_TEXT_ARRAY = new Set([1002, 1003]);

type QueryResult = { fields?: { name: string; dataTypeID: number }[]; rows?: Record<string, unknown>[] };
function retypeFields(result: unknown): unknown {
  for (const r of (Array.isArray(result) ? result : [result]) as (QueryResult | undefined)[]) {
    for (const field of r?.fields ?? []) {
      if (AS_TEXT.has(field.dataTypeID)) field.dataTypeID = TEXT;
      else if (AS_TEXT_ARRAY.has(field.dataTypeID)) field.dataTypeID = TEXT_ARRAY;
    }
    // PostgreSQL 18 (the embedded server) lists NOT NULL as constraints of
    // type 'n', which crashes the schema engine (prisma/orm#29635). Column
    // nullability is read from the columns anyway.
    if (r?.rows && r.fields?.some((f) => f.name === "constraint_type")) {
      r.rows = r.rows.filter((row) => row.constraint_type !== "n");
    }
  }
  return result;
}

const patched = Symbol.for("portal.pg-query-patched");
const proto = pg.Client.prototype as unknown as Record<PropertyKey, unknown>;
if (!proto[patched]) {
  proto[patched] = true;
  const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  proto.query = function patchedQuery(this: unknown, ...args: unknown[]) {
    const last = args.length - 1;
    if (typeof args[last] === "function") {
      const callback = args[last] as (err: unknown, res: unknown) => void;
      args[last] = (err: unknown, res: unknown) => callback(err, err ? res : retypeFields(res));
      return original.apply(this, args);
    }
    const out = original.apply(this, args);
    return out instanceof Promise ? out.then(retypeFields) : out;
  };
}

// 2. A plain config object, not a Pool: a Pool hides the password from the
//    shadow-database connection.
function configFromUrl(url: string): pg.PoolConfig {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)) || "postgres",
    allowExitOnIdle: true,
  };
}

// 4. The adapter's executeScript splits a migration on every ";", even inside a function
//    body, a string or a comment, so a migration could not define a plpgsql trigger function.
//    Split it the way PostgreSQL reads it instead: ";" outside quotes, dollar quotes and comments.
export function splitSqlScript(script: string): string[] {
  const statements: string[] = [];
  let start = 0;
  let i = 0;
  while (i < script.length) {
    const c = script[i];
    if (c === "-" && script[i + 1] === "-") {
      const end = script.indexOf("\n", i);
      i = end === -1 ? script.length : end + 1;
    } else if (c === "/" && script[i + 1] === "*") {
      const end = script.indexOf("*/", i + 2);
      i = end === -1 ? script.length : end + 2;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < script.length && !(script[j] === c && script[j + 1] !== c)) j += script[j] === c ? 2 : 1;
      i = j + 1;
    } else if (c === "$") {
      const tag = /^\$[A-Za-z_]*\$/.exec(script.slice(i))?.[0];
      if (tag) {
        const end = script.indexOf(tag, i + tag.length);
        i = end === -1 ? script.length : end + tag.length;
      } else i += 1;
    } else if (c === ";") {
      statements.push(script.slice(start, i));
      start = i + 1;
      i += 1;
    } else i += 1;
  }
  statements.push(script.slice(start));
  return statements.map((s) => s.trim()).filter((s) => s.length > 0 && !/^(--[^\n]*(\n|$)|\s)*$/.test(s));
}

type Connection = Awaited<ReturnType<PrismaPg["connect"]>>;
function splittingScripts(connection: Connection): Connection {
  const driver = (connection as unknown as { underlyingDriver(): pg.Pool }).underlyingDriver();
  connection.executeScript = async (script: string) => {
    for (const statement of splitSqlScript(script)) await driver.query(statement);
  };
  return connection;
}

// 3. Drop the shadow database only after its own connections are closed.
class ShadowSafePrismaPg extends PrismaPg {
  constructor(private readonly pgConfig: pg.PoolConfig) {
    super(pgConfig);
  }

  override async connect() {
    return splittingScripts(await super.connect());
  }

  override async connectToShadowDb() {
    const main = await this.connect();
    const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID().replaceAll("-", "")}`;
    await main.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = splittingScripts(await new PrismaPg({ ...this.pgConfig, database }).connect());
    const disposeShadow = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await disposeShadow();
      await main.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
      await main.dispose();
    };
    return shadow;
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set (npm run db:migrate sets it for the embedded database).");
    return new ShadowSafePrismaPg(configFromUrl(url));
  },
});
