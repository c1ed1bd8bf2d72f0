// Once per integration run: a template database with every migration applied,
// which tests/integration/db.ts clones for each test file (CREATE DATABASE …
// TEMPLATE is a file copy: much faster than migrating each time).
// The server is TEST_DATABASE_URL's, or a scratch embedded PostgreSQL.
import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { resolveTestServer } from "../../scripts/lib/database-url";
import { dropDatabase, recreateDatabase, withClient } from "../../scripts/lib/pg-admin";
import { migrateDeploy } from "../../scripts/lib/prisma-cli";

export interface IntegrationDatabase {
  /** A connection to the server with the right to create databases. */
  adminUrl: string;
  template: string;
  /** Every database of this run starts with it, so teardown can find them all. */
  prefix: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    integrationDatabase: IntegrationDatabase;
  }
}

export default async function setup(project: TestProject) {
  const server = await resolveTestServer();
  // portal_(tpl|test)_<pid>_…: the pid lets a later run on the embedded
  // server drop what an interrupted run left (see resolveTestServer).
  const runId = `${process.pid}_${randomBytes(3).toString("hex")}`;
  const template = `portal_tpl_${runId}`;
  const prefix = `portal_test_${runId}_`;
  try {
    await migrateDeploy(await recreateDatabase(server.url, template));
  } catch (err) {
    await dropDatabase(server.url, template).catch(() => {});
    await server.stop();
    throw err;
  }
  project.provide("integrationDatabase", { adminUrl: server.url, template, prefix });

  return async () => {
    // Databases a crashed test file could not drop itself go too.
    const left = await withClient(server.url, async (client) => {
      const { rows } = await client.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE starts_with(datname, $1)",
        [prefix],
      );
      return rows.map((r) => r.datname);
    });
    for (const name of [...left, template]) await dropDatabase(server.url, name);
    await server.stop();
  };
}

