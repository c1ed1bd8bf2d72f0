import type { Locale, Prisma, Role, User } from "@prisma/client";
import type { FactoryDb } from "./db";
import { hashPassword, testPasswordHash } from "./password";
import { defaultName, uniqueEmail } from "./unique";

export interface UserFields {
  email?: string;
  firstName?: string;
  lastName?: string;
  phone?: string | null;
  active?: boolean;
  locale?: Locale;
  /** Hashed here (slow); prefer `passwordHash` when creating many users. */
  password?: string;
  /** A precomputed hash, or null for an invited user with no password yet. */
  passwordHash?: string | null;
  deactivatedAt?: Date | null;
  createdAt?: Date;
}

export interface UserOverrides extends UserFields {
  role: Role;
}

/** The row createUser writes; createLearner reuses it for the learner's user. */
export function buildUser(overrides: UserOverrides): Prisma.UserUncheckedCreateInput {
  const name = defaultName();
  const role = overrides.role;
  const active = overrides.active ?? true;
  return {
    email: (overrides.email ?? uniqueEmail(role.toLowerCase())).toLowerCase(),
    firstName: overrides.firstName ?? name.firstName,
    lastName: overrides.lastName ?? name.lastName,
    phone: overrides.phone ?? null,
    role,
    active,
    locale: overrides.locale ?? "fr",
    passwordHash: passwordHashOf(overrides),
    deactivatedAt: overrides.deactivatedAt ?? (active ? null : new Date()),
    createdAt: overrides.createdAt,
  };
}

function passwordHashOf(overrides: UserFields): string | null {
  if (overrides.passwordHash !== undefined) return overrides.passwordHash;
  if (overrides.password !== undefined) return hashPassword(overrides.password);
  return testPasswordHash();
}

/** A user of any role. A LEARNER also needs a profile: use createLearner for that. */
export async function createUser(db: FactoryDb, overrides: UserOverrides): Promise<User> {
  return db.user.create({ data: buildUser(overrides) });
}

/** The admin's "create an account" form, filled for a staff member (no learner fields). */
export function staffAccountInput(email: string, role: "MENTOR" | "ADVISOR" | "SUPPORT" | "MENTORSHIP_MANAGER" | "ADMIN" = "MENTOR") {
  return {
    firstName: "Nina",
    lastName: "Roux",
    email,
    role,
    locale: "fr" as const,
    trainingPathId: "",
    startDate: "",
    plannedEndDate: "",
    weeklyCommitment: "",
    advisorId: "",
    mentorId: "",
  };
}
