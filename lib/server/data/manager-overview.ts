import "server-only";
import { Prisma } from "@prisma/client";
import { getDb } from "@/lib/server/db";
import { assertRole, type Actor } from "@/lib/server/auth/actor";
import { now as clockNow } from "@/lib/server/clock";
import { lastIsoWeeks } from "@/lib/domain/week";

// The Mentorship Manager's home: each advisor's backlog and SLA breaches, each mentor's
// alerts over the last weeks, and the mentors with their learners and recent alerts.
// Aggregated in SQL: a fixed number of queries whatever the number of people.

export const OVERVIEW_WEEKS = 8;
const RECENT_ALERTS = 3;

type BacklogRow = { id: string; firstName: string; lastName: string; open: number; newCount: number; waiting: number; firstResponseLate: number; resolutionLate: number };
type WeekRow = { authorId: string; week: string; n: number };

export async function getManagerOverview(actor: Actor, now = clockNow()) {
  assertRole(actor, ["MENTORSHIP_MANAGER"]);
  const db = getDb();
  // Oldest first, as the columns read.
  const weeks = lastIsoWeeks(now, OVERVIEW_WEEKS).reverse();
  const since = weeks[0].start;
  const [backlog, perWeek, mentors] = await Promise.all([
    db.$queryRaw<BacklogRow[]>(Prisma.sql`
      SELECT u.id, u."firstName", u."lastName",
        count(r.id)::int AS open,
        count(r.id) FILTER (WHERE r.status = 'NEW')::int AS "newCount",
        count(r.id) FILTER (WHERE r.status = 'WAITING_FOR_REQUESTER')::int AS waiting,
        count(r.id) FILTER (WHERE r.status IN ('NEW', 'IN_PROGRESS') AND r."firstResponseAt" IS NULL AND r."firstResponseDueAt" < ${now})::int AS "firstResponseLate",
        count(r.id) FILTER (WHERE r.status IN ('NEW', 'IN_PROGRESS') AND r."resolutionDueAt" < ${now})::int AS "resolutionLate"
      FROM "User" u
      LEFT JOIN "SupportRequest" r ON r."assigneeId" = u.id AND r.status NOT IN ('RESOLVED', 'CLOSED')
      WHERE u.role = 'ADVISOR' AND u.active
      GROUP BY u.id
      ORDER BY "resolutionLate" DESC, "firstResponseLate" DESC, open DESC, u."lastName", u."firstName"`),
    db.$queryRaw<WeekRow[]>(Prisma.sql`
      SELECT r."authorId", to_char(r."createdAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Paris', 'IYYY-"W"IW') AS week, count(*)::int AS n
      FROM "SupportRequest" r JOIN "User" a ON a.id = r."authorId" AND a.role = 'MENTOR'
      WHERE r.side = 'MENTOR' AND r."createdAt" >= ${since}
      GROUP BY 1, 2`),
    db.user.findMany({
      where: { role: "MENTOR", active: true },
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
      select: {
        id: true,
        firstName: true,
        lastName: true,
        email: true,
        mentoredLearners: {
          where: { user: { active: true } },
          orderBy: [{ user: { lastName: "asc" } }],
          select: { userId: true, user: { select: { firstName: true, lastName: true } } },
        },
        requestsAuthored: {
          where: { side: "MENTOR" },
          orderBy: { createdAt: "desc" },
          take: RECENT_ALERTS,
          select: { id: true, number: true, subject: true, status: true, createdAt: true, learner: { select: { user: { select: { firstName: true, lastName: true } } } } },
        },
      },
    }),
  ]);
  const counts = new Map(perWeek.map((w) => [`${w.authorId}:${w.week}`, w.n]));
  const name = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;
  return {
    weeks: weeks.map((w) => ({ isoWeek: w.isoWeek, monday: w.monday })),
    backlog: backlog.map((b) => ({ ...b, name: name(b) })),
    mentors: mentors.map((m) => {
      const alertsByWeek = weeks.map((w) => counts.get(`${m.id}:${w.isoWeek}`) ?? 0);
      return {
        id: m.id,
        name: name(m),
        email: m.email,
        learners: m.mentoredLearners.map((l) => ({ id: l.userId, name: name(l.user) })),
        alertsByWeek,
        alertsTotal: alertsByWeek.reduce((a, b) => a + b, 0),
        recentAlerts: m.requestsAuthored.map((r) => ({ id: r.id, number: r.number, subject: r.subject, status: r.status, createdAt: r.createdAt, learnerName: name(r.learner.user) })),
      };
    }),
  };
}

export type ManagerOverview = Awaited<ReturnType<typeof getManagerOverview>>;
