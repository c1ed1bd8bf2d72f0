import "server-only";
import { PrismaClient } from "@prisma/client";
import { PrismaPg } from "@prisma/adapter-pg";

// One client per process, created on first use: `next build` loads route
// modules without a database, and `next dev` reloads modules.
const globalForDb = globalThis as unknown as { portalDb?: PrismaClient };

export function getDb(): PrismaClient {
  if (!globalForDb.portalDb) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set");
    globalForDb.portalDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }) });
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
