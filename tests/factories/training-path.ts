import type { TrainingPath } from "@prisma/client";
import type { FactoryDb } from "./db";
import { uniqueSuffix } from "./unique";

export interface TrainingPathOverrides {
  code?: string;
  name?: string;
  durationWeeks?: number;
}

export async function createTrainingPath(db: FactoryDb, overrides: TrainingPathOverrides = {}): Promise<TrainingPath> {
  const suffix = uniqueSuffix();
  return db.trainingPath.create({
    data: {
      code: overrides.code ?? `PATH-${suffix}`.toUpperCase(),
      name: overrides.name ?? `Parcours de test ${suffix}`,
      durationWeeks: overrides.durationWeeks ?? 52,
    },
  });
}

/** The path with this code, created with the other overrides if it does not exist yet. */
export async function findOrCreateTrainingPath(
  db: FactoryDb,
  code: string,
  overrides: Omit<TrainingPathOverrides, "code"> = {},
): Promise<TrainingPath> {
  const existing = await db.trainingPath.findUnique({ where: { code } });
  return existing ?? createTrainingPath(db, { ...overrides, code });
}
