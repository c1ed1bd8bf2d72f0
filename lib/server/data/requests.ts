import "server-only";
import type { Prisma } from "@prisma/client";
import { getDb } from "@/lib/server/db";
import { assertRole, type Actor } from "@/lib/server/auth/actor";
import { cursorArgs, toPage } from "@/lib/server/pagination";

const OPEN: Prisma.SupportRequestWhereInput = { status: { notIn: ["RESOLVED", "CLOSED"] } };

/** Support and the Mentorship Manager: every open request, most urgent then oldest first. */
export async function listOpenRequests(actor: Actor, after?: string) {
  assertRole(actor, ["SUPPORT", "MENTORSHIP_MANAGER"]);
  const db = getDb();
  const [rows, total] = await Promise.all([
    db.supportRequest.findMany({
      where: OPEN,
      orderBy: [{ priority: "desc" }, { createdAt: "asc" }, { id: "asc" }],
      ...cursorArgs(after),
      select: {
        id: true,
        number: true,
        subject: true,
        topic: true,
        side: true,
        queue: true,
        status: true,
        priority: true,
        createdAt: true,
        learner: { select: { user: { select: { firstName: true, lastName: true } } } },
        author: { select: { firstName: true, lastName: true, role: true } },
        assignee: { select: { firstName: true, lastName: true, role: true } },
      },
    }),
    db.supportRequest.count({ where: OPEN }),
  ]);
  return { ...toPage(rows), total };
}
