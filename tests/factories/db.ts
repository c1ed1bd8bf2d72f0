import type { Prisma } from "@prisma/client";

/**
 * What every factory writes through: the app's PrismaClient or the `tx` of an
 * interactive transaction (a PrismaClient is assignable to TransactionClient).
 */
export type FactoryDb = Prisma.TransactionClient;
