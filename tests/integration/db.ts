// Setup file of the integration project (see vitest.config.ts): runs before
// each test FILE, before the file's own imports are evaluated. It clones the
// run's migrated template into a database of the file's own and points
// DATABASE_URL at it, so lib/server/db.ts's getDb() connects there on first
// use. Files running in parallel therefore never see each other's rows.
import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { disconnectDb, getDb } from "@/lib/server/db";
import { dropDatabase, recreateDatabase } from "../../scripts/lib/pg-admin";

const { adminUrl, template, prefix } = inject("integrationDatabase");
const name = `${prefix}${randomBytes(4).toString("hex")}`;
const url = await recreateDatabase(adminUrl, name, template);
process.env.DATABASE_URL = url;

afterAll(async () => {
  // Close the app's pool before dropping (FORCE would also cut it off).
  await disconnectDb();
  await dropDatabase(adminUrl, name);
});

/**
 * For test files: the app's own client, bound to this file's fresh database.
 * Call it at the top of the file; use the returned function inside tests.
 * (Not named use…: the React hooks lint rule would flag top-level calls.)
 */
export function freshDatabase(): () => PrismaClient {
  return getDb;
}

/** This file's database URL (to open a second connection, for instance). */
export function testDatabaseUrl(): string {
  return url;
}
