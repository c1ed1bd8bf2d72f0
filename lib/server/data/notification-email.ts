import "server-only";
import type { Prisma } from "@prisma/client";
import { getDb, TX_OPTIONS } from "@/lib/server/db";
import { assertRole, type Actor } from "@/lib/server/auth/actor";
import { requestPathFor } from "@/lib/domain/request-paths";
import { digestDay, digestDue } from "@/lib/domain/notification-digest";
import type { EmailPreferenceInput } from "@/lib/schemas/followers";
import { notificationDigestEmail, notificationEmail, type NotificationLine } from "@/lib/server/mail/templates/notifications";
import { enqueueEmail } from "./outbox";
import { NOTIFIED_ROLES } from "./notifications";

// Notifications by email, per person (User.notificationEmail): IMMEDIATE writes one
// outbox email per notification in the notification's own transaction; DIGEST leaves
// them to the daily job below; NONE sends nothing. The emails are neutral
// (mail/templates/notifications.ts).

const recipientSelect = { id: true, email: true, firstName: true, locale: true, role: true, active: true, notificationEmail: true } as const;
const DIGEST_MAX_LINES = 50;

/** The actor's own preference (the /notifications page). */
export async function getEmailPreference(actor: Actor) {
  assertRole(actor, NOTIFIED_ROLES);
  return (await getDb().user.findUniqueOrThrow({ where: { id: actor.id }, select: { notificationEmail: true } })).notificationEmail;
}

/** The actor sets their own preference; nobody else's. */
export async function setEmailPreference(actor: Actor, input: EmailPreferenceInput): Promise<void> {
  assertRole(actor, NOTIFIED_ROLES);
  await getDb().user.update({ where: { id: actor.id }, data: { notificationEmail: input.notificationEmail } });
}

/** The immediate emails of notifications just written in `tx` (called by notifyInTx). */
export async function emailNotificationsInTx(tx: Prisma.TransactionClient, rows: { userId: string; kind: NotificationLine["kind"]; requestId: string; actorId: string | null }[]): Promise<void> {
  if (rows.length === 0) return;
  const people = await tx.user.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.userId))] }, active: true, notificationEmail: "IMMEDIATE" }, select: recipientSelect });
  if (people.length === 0) return;
  const byId = new Map(people.map((p) => [p.id, p]));
  const wanted = rows.filter((r) => byId.has(r.userId));
  const requests = new Map((await tx.supportRequest.findMany({ where: { id: { in: wanted.map((r) => r.requestId) } }, select: { id: true, number: true } })).map((r) => [r.id, r.number]));
  const actorIds = [...new Set(wanted.map((r) => r.actorId).filter((id): id is string => id !== null))];
  const actors = new Map((await tx.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, firstName: true, lastName: true } })).map((a) => [a.id, `${a.firstName} ${a.lastName}`]));
  for (const row of wanted) {
    const to = byId.get(row.userId)!;
    await enqueueEmail(tx, notificationEmail(to, { kind: row.kind, number: requests.get(row.requestId) ?? null, actorName: row.actorId ? (actors.get(row.actorId) ?? null) : null, path: requestPathFor(to.role, row.requestId) }));
  }
}

/**
 * The daily digest (jobs/notification-digest.ts): for each person on DIGEST, once per Paris
 * day from 7:00, one email listing their unread notifications since their last digest.
 * The claim is the (person, day) key written with the email in one transaction: a second
 * worker, a second run the same day or a run cut short and retried sends nothing twice.
 */
export async function sendNotificationDigests(now: Date): Promise<{ sent: number }> {
  if (!digestDue(now)) return { sent: 0 };
  const day = digestDay(now);
  const people = await getDb().user.findMany({
    where: { active: true, notificationEmail: "DIGEST", notificationDigests: { none: { day } } },
    select: { ...recipientSelect, notificationDigests: { orderBy: { sentAt: "desc" }, take: 1, select: { sentAt: true } } },
  });
  let sent = 0;
  for (const person of people) {
    const since = person.notificationDigests[0]?.sentAt ?? null;
    const unread = await getDb().notification.findMany({
      where: { userId: person.id, readAt: null, createdAt: { lte: now, ...(since ? { gt: since } : {}) } },
      orderBy: { createdAt: "asc" },
      take: DIGEST_MAX_LINES,
      select: { kind: true, requestId: true, request: { select: { number: true } }, actor: { select: { firstName: true, lastName: true } } },
    });
    // Nothing new: no email, and no claim (a notification later today still makes the day's digest).
    if (unread.length === 0) continue;
    const claimed = await getDb().$transaction(async (tx) => {
      const { count } = await tx.notificationDigest.createMany({ data: [{ userId: person.id, day, sentAt: now, count: unread.length }], skipDuplicates: true });
      if (count !== 1) return false;
      const lines: NotificationLine[] = unread.map((n) => ({
        kind: n.kind,
        number: n.request?.number ?? null,
        actorName: n.actor ? `${n.actor.firstName} ${n.actor.lastName}` : null,
        path: n.requestId ? requestPathFor(person.role, n.requestId) : "/notifications",
      }));
      await enqueueEmail(tx, notificationDigestEmail(person, lines));
      return true;
    }, TX_OPTIONS);
    if (claimed) sent += 1;
  }
  return { sent };
}
