import "server-only";
import { Prisma, type Role } from "@prisma/client";
import { getDb } from "@/lib/server/db";
import { assertRole, NotFoundError, type Actor } from "@/lib/server/auth/actor";
import type { AppLocale } from "@/lib/i18n";
import { cursorArgs, toPage } from "@/lib/server/pagination";
import { normalizeEmail } from "@/lib/domain/email";
import { toStoredPhone } from "@/lib/domain/phone";
import type { CreateUserInput, UpdateUserInput } from "@/lib/schemas/admin";
import { writeAudits } from "@/lib/server/data/audit";
import { recordAssignmentChanges, type AssignmentChange } from "./assignments";
import { inviteUsers } from "./auth-tokens";
import { revokeAllSessions } from "./auth-sessions";

/** The signed-in user's own language preference (used for their emails). */
export async function saveUserLocale(actor: Actor, locale: AppLocale): Promise<void> {
  await getDb().user.update({ where: { id: actor.id }, data: { locale } });
}

/**
 * The acting user behind a session's user id, re-read on every request: a
 * deactivated (or deleted) account has no actor, so its session stops working.
 */
export async function actorFromUserId(id: string): Promise<Actor | null> {
  const user = await getDb().user.findUnique({
    where: { id },
    select: { id: true, role: true, active: true, firstName: true, lastName: true, email: true, locale: true },
  });
  if (!user || !user.active) return null;
  return { id: user.id, role: user.role, firstName: user.firstName, lastName: user.lastName, email: user.email, locale: user.locale };
}

export type UserFilters = { q?: string; role?: Role; status?: "active" | "inactive"; after?: string };

/** Admin: accounts with their role and, for learners, the current advisor and mentor; filtered, keyset-paged. */
export async function listUsersWithAssignments(actor: Actor, filters: UserFilters = {}) {
  assertRole(actor, ["ADMIN"]);
  const db = getDb();
  const q = filters.q?.trim();
  const where: Prisma.UserWhereInput = {
    ...(filters.role ? { role: filters.role } : {}),
    ...(filters.status ? { active: filters.status === "active" } : {}),
    ...(q
      ? {
          OR: [
            { email: { contains: q, mode: "insensitive" } },
            { lastName: { contains: q, mode: "insensitive" } },
            { firstName: { contains: q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
      ...cursorArgs(filters.after),
      select: {
        id: true,
        firstName: true,
        lastName: true,
        email: true,
        role: true,
        active: true,
        learnerProfile: {
          select: {
            advisor: { select: { firstName: true, lastName: true } },
            mentor: { select: { firstName: true, lastName: true } },
          },
        },
        _count: { select: { advisedLearners: true, mentoredLearners: true } },
      },
    }),
    db.user.count({ where }),
  ]);
  return { ...toPage(rows), total };
}

/** Admin: one account, with the learner's profile when it has one. */
export async function getUserForAdmin(actor: Actor, id: string) {
  assertRole(actor, ["ADMIN"]);
  const user = await getDb().user.findUnique({
    where: { id },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      email: true,
      phone: true,
      role: true,
      locale: true,
      active: true,
      deactivatedAt: true,
      createdAt: true,
      passwordHash: true,
      learnerProfile: {
        select: {
          trainingPathId: true,
          startDate: true,
          plannedEndDate: true,
          weeklyCommitment: true,
          advisorId: true,
          mentorId: true,
        },
      },
      _count: { select: { advisedLearners: true, mentoredLearners: true } },
    },
  });
  if (!user) throw new NotFoundError();
  const { passwordHash, ...rest } = user;
  return { ...rest, hasPassword: passwordHash !== null };
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

const DAY = (iso: string) => new Date(`${iso}T00:00:00Z`);

export type CreateUserOutcome = { ok: true; id: string } | { ok: false; error: "email-taken" | "invalid-reference" };

/** Admin: a new account, invited by email to set its password (same transaction). */
export async function createUserAccount(actor: Actor, input: CreateUserInput): Promise<CreateUserOutcome> {
  assertRole(actor, ["ADMIN"]);
  const email = normalizeEmail(input.email);
  const phone = toStoredPhone(input.phone);
  const db = getDb();
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) return { ok: false, error: "email-taken" };
  try {
    return await db.$transaction(async (tx) => {
      const learner = input.role === "LEARNER";
      if (learner) {
        const refs = await Promise.all([
          tx.trainingPath.count({ where: { id: input.trainingPathId } }),
          input.advisorId ? tx.user.count({ where: { id: input.advisorId, role: "ADVISOR", active: true } }) : 1,
          input.mentorId ? tx.user.count({ where: { id: input.mentorId, role: "MENTOR", active: true } }) : 1,
        ]);
        if (refs.some((n) => n !== 1)) return { ok: false, error: "invalid-reference" } as const;
      }
      const user = await tx.user.create({
        data: {
          email,
          firstName: input.firstName,
          lastName: input.lastName,
          phone,
          role: input.role,
          locale: input.locale,
          learnerProfile: learner
            ? {
                create: {
                  trainingPathId: input.trainingPathId,
                  startDate: DAY(input.startDate),
                  plannedEndDate: DAY(input.plannedEndDate),
                  weeklyCommitment: Number(input.weeklyCommitment),
                  advisorId: input.advisorId || null,
                  mentorId: input.mentorId || null,
                },
              }
            : undefined,
        },
        select: { id: true, email: true, firstName: true, locale: true },
      });
      const changes: AssignmentChange[] = [];
      if (learner && input.advisorId) changes.push({ learnerId: user.id, kind: "ADVISOR", from: null, to: input.advisorId });
      if (learner && input.mentorId) changes.push({ learnerId: user.id, kind: "MENTOR", from: null, to: input.mentorId });
      await recordAssignmentChanges(tx, changes, actor.id, null);
      await writeAudits(tx, actor.id, [
        {
          action: "user.created",
          entityType: "User",
          entityId: user.id,
          learnerId: learner ? user.id : null,
          after: { email, phone, role: input.role, firstName: input.firstName, lastName: input.lastName, locale: input.locale },
        },
      ]);
      await inviteUsers(tx, [user]);
      return { ok: true, id: user.id } as const;
    });
  } catch (error) {
    // Two admins creating the same email at once: the unique index decides.
    if (isUniqueViolation(error)) return { ok: false, error: "email-taken" };
    throw error;
  }
}

export type UpdateUserOutcome = "ok" | "unchanged" | "email-taken" | "role-locked" | "self";

/**
 * Admin: names, email, language and role. A learner stays a learner and staff
 * never becomes one (the learner profile cannot follow); an admin cannot drop
 * their own administration.
 */
export async function updateUserAccount(actor: Actor, id: string, input: UpdateUserInput): Promise<UpdateUserOutcome> {
  assertRole(actor, ["ADMIN"]);
  const db = getDb();
  const before = await db.user.findUnique({ where: { id }, select: { email: true, phone: true, firstName: true, lastName: true, role: true, locale: true } });
  if (!before) throw new NotFoundError();
  const after = {
    email: normalizeEmail(input.email),
    phone: input.phone === undefined ? before.phone : toStoredPhone(input.phone),
    firstName: input.firstName,
    lastName: input.lastName,
    role: input.role,
    locale: input.locale,
  };
  if (after.role !== before.role && (after.role === "LEARNER" || before.role === "LEARNER")) return "role-locked";
  if (id === actor.id && after.role !== "ADMIN") return "self";
  const changed = (Object.keys(after) as (keyof typeof after)[]).filter((k) => after[k] !== before[k]);
  if (changed.length === 0) return "unchanged";
  try {
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id }, data: after });
      // A session keeps no role, but one opened under the old role is ended all the same.
      if (changed.includes("role")) await revokeAllSessions(tx, id);
      const pick = (o: typeof after) => Object.fromEntries(changed.map((k) => [k, o[k]]));
      await writeAudits(tx, actor.id, [
        {
          action: changed.includes("role") ? "user.role.changed" : "user.updated",
          entityType: "User",
          entityId: id,
          learnerId: before.role === "LEARNER" ? id : null,
          before: pick(before),
          after: pick(after),
        },
      ]);
    });
  } catch (error) {
    if (isUniqueViolation(error)) return "email-taken";
    throw error;
  }
  return "ok";
}

/**
 * Admin: deactivate or reactivate an account. Records stay; the session stops
 * at the user's next request (actorFromUserId). An admin cannot lock themselves out.
 */
export async function setUserActive(actor: Actor, id: string, active: boolean): Promise<"ok" | "unchanged" | "self"> {
  assertRole(actor, ["ADMIN"]);
  if (id === actor.id && !active) return "self";
  return getDb().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id }, select: { active: true, role: true } });
    if (!user) throw new NotFoundError();
    if (user.active === active) return "unchanged";
    await tx.user.update({ where: { id }, data: { active, deactivatedAt: active ? null : new Date() } });
    // Both ways: a reactivated account starts with no session, its old cookies stay dead.
    await revokeAllSessions(tx, id);
    await writeAudits(tx, actor.id, [
      {
        action: active ? "user.reactivated" : "user.deactivated",
        entityType: "User",
        entityId: id,
        learnerId: user.role === "LEARNER" ? id : null,
        before: { active: user.active },
        after: { active },
      },
    ]);
    return "ok";
  });
}

/** Admin: a fresh invitation link (the previous unused one stops working). */
export async function resendInvitation(actor: Actor, id: string): Promise<"ok" | "inactive"> {
  assertRole(actor, ["ADMIN"]);
  return getDb().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id }, select: { id: true, email: true, firstName: true, locale: true, active: true } });
    if (!user) throw new NotFoundError();
    if (!user.active) return "inactive";
    await inviteUsers(tx, [user]);
    await writeAudits(tx, actor.id, [{ action: "user.invitation.sent", entityType: "User", entityId: id }]);
    return "ok";
  });
}

/** Admin: how many accounts are active and deactivated (the overview). */
export async function countAccounts(actor: Actor): Promise<{ active: number; inactive: number }> {
  assertRole(actor, ["ADMIN"]);
  const groups = await getDb().user.groupBy({ by: ["active"], _count: { _all: true } });
  const count = (active: boolean) => groups.find((g) => g.active === active)?._count._all ?? 0;
  return { active: count(true), inactive: count(false) };
}
