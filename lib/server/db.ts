import "server-only";
import { PrismaClient } from "@prisma/client";
import { PrismaPg } from "@prisma/adapter-pg";
import { databasePoolSize } from "./env";

// One client per process, created on first use: `next build` loads route
// modules without a database, and `next dev` reloads modules.
const globalForDb = globalThis as unknown as { portalDb?: PrismaClient };

export function getDb(): PrismaClient {
  if (!globalForDb.portalDb) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set");
    globalForDb.portalDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: databasePoolSize() }) });
  }
  return globalForDb.portalDb;
}

export type Db = PrismaClient;

/** Closes the pool (tests, scripts); the next getDb() opens a new one. */
export async function disconnectDb(): Promise<void> {
  const db = globalForDb.portalDb;
  globalForDb.portalDb = undefined;
  await db?.$disconnect();
}

/**
 * Options for interactive transactions: under a burst (many users acting at
 * once) a transaction may wait for a pooled connection longer than Prisma's
 * 2 s default before it starts.
 */
export const TX_OPTIONS = { maxWait: 10_000, timeout: 15_000 } as const;
