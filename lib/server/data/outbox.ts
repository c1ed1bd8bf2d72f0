import "server-only";
import { getDb } from "@/lib/server/db";
import { assertRole, NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { cursorArgs, toPage } from "@/lib/server/pagination";

/** Admin: the email outbox, newest first (the dev mailbox when SMTP_URL is unset). */
export async function listOutbox(actor: Actor, after?: string) {
  assertRole(actor, ["ADMIN"]);
  const db = getDb();
  const [rows, counts] = await Promise.all([
    db.emailOutbox.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...cursorArgs(after),
      select: { id: true, toAddress: true, subject: true, template: true, status: true, attempts: true, createdAt: true, sentAt: true },
    }),
    db.emailOutbox.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  return { ...toPage(rows), counts: Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Record<string, number> };
}

/** Admin: one email of the outbox, with its bodies. */
export async function getOutboxEmail(actor: Actor, id: string) {
  assertRole(actor, ["ADMIN"]);
  const email = await getDb().emailOutbox.findUnique({ where: { id } });
  if (!email) throw new NotFoundError("email");
  return email;
}
