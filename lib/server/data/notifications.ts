import "server-only";
import type { NotificationKind, Prisma } from "@prisma/client";
import { getDb } from "@/lib/server/db";
import { assertRole, NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { now as clockNow } from "@/lib/server/clock";
import { requestPathFor } from "@/lib/domain/request-paths";
import { emailNotificationsInTx } from "./notification-email";
import { announceInTx } from "@/lib/server/data/live";

// In-app notifications: a row per person and event, written in the same transaction as
// the event (a reply, an assignment, a mentor's alert handled), so both exist or neither.
// Opening the request marks its notifications read (request-reads.ts).

export const NOTIFIED_ROLES = ["LEARNER", "MENTOR", "ADVISOR", "SUPPORT", "MENTORSHIP_MANAGER", "DISABILITY_REFERENT"] as const;
const LIST_SIZE = 100;

export type NotificationEntry = { userId: string; kind: NotificationKind; requestId: string; actorId: string | null; at: Date };

/** Writes notifications in the caller's transaction (callers are role-checked data functions); nobody is told of their own act. */
export async function notifyInTx(tx: Prisma.TransactionClient, entries: NotificationEntry[]): Promise<void> {
  const rows = entries.filter((e) => e.userId !== e.actorId);
  if (rows.length === 0) return;
  await tx.notification.createMany({ data: rows.map((e) => ({ userId: e.userId, kind: e.kind, requestId: e.requestId, actorId: e.actorId, createdAt: e.at })) });
  // Who asked for them by email at once gets them through the outbox, in this transaction.
  await emailNotificationsInTx(tx, rows);
  // Delivered live at commit, by whichever app server each recipient is connected to.
  await announceInTx(tx, [...new Set(rows.map((e) => e.userId))].map((u) => ({ k: "n" as const, u })));
}

/** The actor's own notifications, newest first, each with the path of the request in their space. */
export async function listMyNotifications(actor: Actor) {
  assertRole(actor, NOTIFIED_ROLES);
  const rows = await getDb().notification.findMany({
    where: { userId: actor.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: LIST_SIZE,
    select: {
      id: true,
      kind: true,
      createdAt: true,
      readAt: true,
      actor: { select: { firstName: true, lastName: true } },
      request: { select: { id: true, number: true, subject: true } },
    },
  });
  return rows.map((n) => ({
    id: n.id,
    kind: n.kind,
    createdAt: n.createdAt,
    read: n.readAt !== null,
    actorName: n.actor ? `${n.actor.firstName} ${n.actor.lastName}` : null,
    request: n.request ? { number: n.request.number, subject: n.request.subject, path: requestPathFor(actor.role, n.request.id) } : null,
  }));
}

/** Marks one of the actor's notifications read; another person's is not found. */
export async function markNotificationRead(actor: Actor, id: string, now = clockNow()): Promise<void> {
  assertRole(actor, NOTIFIED_ROLES);
  const db = getDb();
  const { count } = await db.notification.updateMany({ where: { id, userId: actor.id, readAt: null }, data: { readAt: now } });
  if (count === 0 && (await db.notification.count({ where: { id, userId: actor.id } })) === 0) throw new NotFoundError("notification");
}

/** Marks every unread notification of the actor read; answers how many. */
export async function markAllNotificationsRead(actor: Actor, now = clockNow()): Promise<number> {
  assertRole(actor, NOTIFIED_ROLES);
  return (await getDb().notification.updateMany({ where: { userId: actor.id, readAt: null }, data: { readAt: now } })).count;
}
