import "server-only";
import { getDb } from "@/lib/server/db";
import { assertRole, type Actor } from "@/lib/server/auth/actor";
import type { AppLocale } from "@/lib/i18n";
import { cursorArgs, toPage } from "@/lib/server/pagination";

/** The signed-in user's own language preference (used for their emails). */
export async function saveUserLocale(actor: Actor, locale: AppLocale): Promise<void> {
  await getDb().user.update({ where: { id: actor.id }, data: { locale } });
}

/** Admin: every account with its role and, for learners, the current advisor and mentor. */
export async function listUsersWithAssignments(actor: Actor, after?: string) {
  assertRole(actor, ["ADMIN"]);
  const db = getDb();
  const [rows, total] = await Promise.all([
    db.user.findMany({
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
      ...cursorArgs(after),
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
    db.user.count(),
  ]);
  return { ...toPage(rows), total };
}
