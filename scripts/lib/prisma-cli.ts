// The Prisma CLI steps the launchers need, run as child processes with
// DATABASE_URL (prisma.config.ts builds its adapter from it).
//
// `prisma migrate deploy` (6.19, WebAssembly engine) lingers ~10 s after its
// work is done, allowExitOnIdle notwithstanding: the engine leaves a 10 s
// timer and a checked-out connection behind. Harmless; skipped when nothing
// is pending (see migrateDeploy).
import fs from "node:fs";
import path from "node:path";
import { withClient } from "./pg-admin";
import { bin, projectRoot } from "./paths";
import { capture, run, tsxCommand } from "./run";

export interface PrismaOptions {
  /** Project directory holding prisma.config.ts (default: this project). */
  cwd?: string;
}

function env(url: string): NodeJS.ProcessEnv {
  return { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
}

/**
 * Applies pending migrations from prisma/migrations. When every migration is
 * already applied (the usual `npm start`), the CLI and its idle wait are skipped.
 */
export async function migrateDeploy(url: string, options: PrismaOptions = {}): Promise<void> {
  const pending = await pendingMigrations(url, options.cwd ?? projectRoot);
  if (pending === 0) {
    console.log("[db] migrations are up to date.");
    return;
  }
  await run(bin("prisma"), ["migrate", "deploy"], { env: env(url), cwd: options.cwd ?? projectRoot });
}

/**
 * Creates prisma/migrations/<timestamp>_<name>/migration.sql from the schema
 * changes since the last migration, then (unless createOnly) applies it and
 * regenerates the client: what `prisma migrate dev --name` does. Not through
 * `migrate dev` itself: with 6.19's WebAssembly engine it fails after its
 * first shadow database ("PostgreSQL shadow DB must be provided through an
 * external factory", at EvaluateDataLoss). `migrate diff --from-migrations`
 * replays the migrations into a shadow database (the role needs CREATEDB).
 */
export async function createMigration(url: string, name: string, options: PrismaOptions & { createOnly?: boolean } = {}): Promise<void> {
  const cwd = options.cwd ?? projectRoot;
  await migrateDeploy(url, options); // the new migration must come after everything already applied
  const diff = await capture(
    bin("prisma"),
    ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma", "--script", "--exit-code"],
    { env: env(url), cwd },
  );
  if (diff.code === 0) {
    console.log("[db] prisma/schema.prisma has no changes since the last migration: nothing to create.");
    return;
  }
  if (diff.code !== 2) throw new Error(`\`prisma migrate diff\` failed (exit code ${diff.code}).`);

  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14); // Prisma's UTC YYYYMMDDHHMMSS
  const dir = path.join(cwd, "prisma", "migrations", `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), diff.stdout);
  console.log(`[db] created ${path.relative(cwd, dir)}/migration.sql: review it before committing.`);
  if (options.createOnly) return;
  await migrateDeploy(url, options);
  await run(bin("prisma"), ["generate"], { env: env(url), cwd });
}

export async function migrateStatus(url: string, options: PrismaOptions = {}): Promise<void> {
  await run(bin("prisma"), ["migrate", "status"], { env: env(url), cwd: options.cwd ?? projectRoot });
}

/**
 * Loads the demo data with prisma/seed.ts (deterministic and idempotent: it checks
 * what exists itself). Its accounts share a published password: callers decide
 * (the embedded database, `db:seed -- --demo`, the test suites).
 */
export async function seed(url: string, options: PrismaOptions = {}): Promise<void> {
  await run(...tsxCommand("prisma/seed.ts", ["--demo"]), { env: env(url), cwd: options.cwd ?? projectRoot });
}

/**
 * How many local migrations the database has not applied; undefined when
 * unsure (failed or rolled-back rows, no table): then Prisma decides.
 */
async function pendingMigrations(url: string, cwd: string): Promise<number | undefined> {
  const dir = path.join(cwd, "prisma", "migrations");
  const local = fs.existsSync(dir)
    ? fs.readdirSync(dir).filter((name) => fs.existsSync(path.join(dir, name, "migration.sql")))
    : [];
  try {
    const rows = await withClient(url, (client) =>
      client.query<{ migration_name: string; done: boolean }>(
        "SELECT migration_name, finished_at IS NOT NULL AND rolled_back_at IS NULL AS done FROM _prisma_migrations",
      ),
    );
    if (rows.rows.some((r) => !r.done)) return undefined;
    const applied = new Set(rows.rows.map((r) => r.migration_name));
    return local.filter((name) => !applied.has(name)).length;
  } catch {
    return undefined;
  }
}
