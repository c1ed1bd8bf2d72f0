import "server-only";
import { getDb } from "@/lib/server/db";
import { assertRole, NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { toStoredPhone } from "@/lib/domain/phone";
import { writeAudits } from "./audit";

// A learner's or mentor's own account details: always their own record (the
// actor's id), never one chosen by the client.
const SELF_EDIT_ROLES = ["LEARNER", "MENTOR"] as const;

export async function getMyProfile(actor: Actor) {
  assertRole(actor, SELF_EDIT_ROLES);
  const user = await getDb().user.findUnique({ where: { id: actor.id }, select: { firstName: true, lastName: true, email: true, phone: true } });
  if (!user) throw new NotFoundError();
  return user;
}

/** Saves the number typed (validated by the schema) in E.164; an empty field removes it. */
export async function updateMyPhone(actor: Actor, typed: string): Promise<"ok" | "unchanged"> {
  assertRole(actor, SELF_EDIT_ROLES);
  const phone = toStoredPhone(typed);
  return getDb().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: actor.id }, select: { phone: true } });
    if (!before) throw new NotFoundError();
    if (before.phone === phone) return "unchanged";
    await tx.user.update({ where: { id: actor.id }, data: { phone } });
    await writeAudits(tx, actor.id, [
      {
        action: "user.phone.changed",
        entityType: "User",
        entityId: actor.id,
        learnerId: actor.role === "LEARNER" ? actor.id : null,
        before: { phone: before.phone },
        after: { phone },
      },
    ]);
    return "ok";
  });
}
