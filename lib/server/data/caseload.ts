import "server-only";
import { Prisma } from "@prisma/client";
import { getDb } from "@/lib/server/db";
import { assertRole, NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { isoWeekRange } from "@/lib/domain/week";
import { parisDay, parisDayRange } from "@/lib/domain/week";
import { progressOf, type Progress } from "@/lib/domain/progress";
import { assessRisk, type RiskLevel, type RiskReason } from "@/lib/domain/risk";

// The advisor's dashboard in exactly three queries, whatever the caseload size:
// 1. one row per learner with every fact the risk rules need (LATERAL
//    subqueries on the per-learner indexes: sessions, milestones, breaks,
//    requests, signals, cases, appointments);
// 2. today's appointments of the advisor;
// 3. the caseload's held sessions per week over the last 12 weeks.
// (Plus the page's own sign-in lookup.) No query per row.

const DAY_MS = 24 * 60 * 60 * 1000;
export const CHART_WEEKS = 12;

type FactRow = {
  id: string;
  firstName: string;
  lastName: string;
  pathId: string;
  pathName: string;
  mentorId: string | null;
  mentorFirstName: string | null;
  mentorLastName: string | null;
  weeklyCommitment: number;
  startDate: Date;
  held7: number;
  held28: number;
  heldThisWeek: number;
  lastHeldAt: Date | null;
  lastNoShowAt: Date | null;
  noShowsSinceLastHeld: number;
  firstIncompletePlanned: Date | null;
  lastCompletedPlanned: Date | null;
  onBreak: boolean;
  lastBreakEnd: Date | null;
  openRequests: number;
  openAlerts: number;
  openDropoutAlert: boolean;
  commitmentSignal: boolean;
  attendanceSignal: boolean;
  openCaseId: string | null;
  openCaseReason: string | null;
  nextAppointmentAt: Date | null;
};

export type CaseloadRow = {
  id: string;
  firstName: string;
  lastName: string;
  pathId: string;
  trainingPath: string;
  mentorId: string | null;
  mentor: { firstName: string; lastName: string } | null;
  weeklyCommitment: number;
  held7: number;
  held28: number;
  sessionsThisWeek: number;
  lastHeldAt: Date | null;
  lastNoShowAt: Date | null;
  progress: Progress;
  /** Weeks late (positive) or ahead (negative), for sorting. */
  lateWeeks: number;
  onBreak: boolean;
  openRequests: number;
  openAlerts: number;
  openCase: { id: string; reason: string } | null;
  nextAppointmentAt: Date | null;
  level: RiskLevel;
  reasons: RiskReason[];
};

function caseloadFacts(advisorId: string, now: Date, learnerId?: string) {
  const d7 = new Date(now.getTime() - 7 * DAY_MS);
  const d28 = new Date(now.getTime() - 28 * DAY_MS);
  const week = isoWeekRange(now);
  const today = parisDay(now);
  return getDb().$queryRaw<FactRow[]>(Prisma.sql`
    SELECT lp."userId" AS id, u."firstName", u."lastName",
      tp.id AS "pathId", tp.name AS "pathName",
      lp."mentorId", mu."firstName" AS "mentorFirstName", mu."lastName" AS "mentorLastName",
      lp."weeklyCommitment", lp."startDate",
      s.held7, s.held28, s."heldThisWeek", s."lastHeldAt", s."lastNoShowAt",
      ns.n AS "noShowsSinceLastHeld",
      ms."firstIncompletePlanned", ms."lastCompletedPlanned",
      br."onBreak", br."lastBreakEnd",
      rq."openRequests", rq."openAlerts", rq."openDropoutAlert",
      sg."commitmentSignal", sg."attendanceSignal",
      fc.id AS "openCaseId", fc.reason::text AS "openCaseReason",
      ap."startsAt" AS "nextAppointmentAt"
    FROM "LearnerProfile" lp
    JOIN "User" u ON u.id = lp."userId" AND u.active
    JOIN "TrainingPath" tp ON tp.id = lp."trainingPathId"
    LEFT JOIN "User" mu ON mu.id = lp."mentorId"
    LEFT JOIN LATERAL (
      SELECT
        count(*) FILTER (WHERE x.status = 'HELD' AND x."scheduledAt" >= ${d7})::int AS held7,
        count(*) FILTER (WHERE x.status = 'HELD' AND x."scheduledAt" >= ${d28})::int AS held28,
        count(*) FILTER (WHERE x.status = 'HELD' AND x."scheduledAt" >= ${week.start})::int AS "heldThisWeek",
        max(x."scheduledAt") FILTER (WHERE x.status = 'HELD') AS "lastHeldAt",
        max(x."scheduledAt") FILTER (WHERE x.status = 'NO_SHOW') AS "lastNoShowAt"
      FROM "MentoringSession" x WHERE x."learnerId" = lp."userId" AND x."scheduledAt" < ${now}
    ) s ON true
    LEFT JOIN LATERAL (
      SELECT count(*)::int AS n FROM "MentoringSession" x
      WHERE x."learnerId" = lp."userId" AND x.status = 'NO_SHOW' AND x."scheduledAt" < ${now}
        AND x."scheduledAt" > coalesce(s."lastHeldAt", '-infinity'::timestamp)
    ) ns ON true
    LEFT JOIN LATERAL (
      SELECT min(m."plannedDate") FILTER (WHERE m."completedAt" IS NULL) AS "firstIncompletePlanned",
             max(m."plannedDate") FILTER (WHERE m."completedAt" IS NOT NULL) AS "lastCompletedPlanned"
      FROM "LearnerMilestone" m WHERE m."learnerId" = lp."userId"
    ) ms ON true
    LEFT JOIN LATERAL (
      SELECT coalesce(bool_or(b."startDate" <= ${today} AND b."endDate" >= ${today}), false) AS "onBreak",
             max(b."endDate") FILTER (WHERE b."endDate" < ${today}) AS "lastBreakEnd"
      FROM "LearnerBreak" b WHERE b."learnerId" = lp."userId" AND b.status = 'APPROVED' AND b."startDate" <= ${today}
    ) br ON true
    LEFT JOIN LATERAL (
      SELECT count(*) FILTER (WHERE r.side = 'LEARNER')::int AS "openRequests",
             count(*) FILTER (WHERE r.side = 'MENTOR')::int AS "openAlerts",
             coalesce(bool_or(r.topic = 'DISENGAGEMENT_RISK'), false) AS "openDropoutAlert"
      FROM "SupportRequest" r
      WHERE r."learnerId" = lp."userId" AND r."isOpen"
    ) rq ON true
    LEFT JOIN LATERAL (
      SELECT coalesce(bool_or(g.kind = 'COMMITMENT_NOT_KEPT'), false) AS "commitmentSignal",
             coalesce(bool_or(g.kind = 'ATTENDANCE_PROBLEM'), false) AS "attendanceSignal"
      FROM "LearnerSignal" g WHERE g."learnerId" = lp."userId" AND g."resolvedAt" IS NULL
    ) sg ON true
    LEFT JOIN LATERAL (
      SELECT c.id, c.reason FROM "FollowUpCase" c
      WHERE c."learnerId" = lp."userId" AND c.status = 'OPEN' ORDER BY c."openedAt" DESC LIMIT 1
    ) fc ON true
    LEFT JOIN LATERAL (
      SELECT a."startsAt" FROM "Appointment" a
      WHERE a."learnerId" = lp."userId" AND a.status = 'SCHEDULED' AND a."startsAt" >= ${now}
      ORDER BY a."startsAt" LIMIT 1
    ) ap ON true
    WHERE lp."advisorId" = ${advisorId}${learnerId ? Prisma.sql` AND lp."userId" = ${learnerId}` : Prisma.empty}`);
}

function toRow(f: FactRow, now: Date): CaseloadRow {
  const progress = progressOf(f, parisDay(now));
  const risk = assessRisk({
    now,
    trainingStart: f.startDate,
    lastHeldAt: f.lastHeldAt,
    noShowsSinceLastHeld: f.noShowsSinceLastHeld,
    onBreak: f.onBreak,
    lastBreakEnd: f.lastBreakEnd,
    progress,
    openDropoutAlert: f.openDropoutAlert,
    openCommitmentSignal: f.commitmentSignal,
    openAttendanceSignal: f.attendanceSignal,
  });
  return {
    id: f.id,
    firstName: f.firstName,
    lastName: f.lastName,
    pathId: f.pathId,
    trainingPath: f.pathName,
    mentorId: f.mentorId,
    mentor: f.mentorFirstName !== null ? { firstName: f.mentorFirstName, lastName: f.mentorLastName ?? "" } : null,
    weeklyCommitment: f.weeklyCommitment,
    held7: f.held7,
    held28: f.held28,
    sessionsThisWeek: f.heldThisWeek,
    lastHeldAt: f.lastHeldAt,
    lastNoShowAt: f.lastNoShowAt,
    progress,
    lateWeeks: progress.status === "LATE" ? progress.weeks : progress.status === "AHEAD" ? -progress.weeks : 0,
    onBreak: f.onBreak,
    openRequests: f.openRequests,
    openAlerts: f.openAlerts,
    openCase: f.openCaseId ? { id: f.openCaseId, reason: f.openCaseReason ?? "" } : null,
    nextAppointmentAt: f.nextAppointmentAt,
    level: risk.level,
    reasons: risk.reasons,
  };
}

/**
 * One learner of the advisor's caseload: the risk level and its reasons by the dashboard's
 * own query and rules (the learner file shows them). 404 for a learner who is not theirs.
 */
export async function getLearnerRisk(actor: Actor, learnerId: string, now = new Date()): Promise<Pick<CaseloadRow, "level" | "reasons" | "onBreak">> {
  assertRole(actor, ["ADVISOR"]);
  const [fact] = await caseloadFacts(actor.id, now, learnerId);
  if (!fact) throw new NotFoundError("learner");
  const { level, reasons, onBreak } = toRow(fact, now);
  return { level, reasons, onBreak };
}

/** The advisor's caseload: every current learner with progress, attendance and risk. */
export async function listCaseload(actor: Actor, now = new Date()): Promise<CaseloadRow[]> {
  assertRole(actor, ["ADVISOR"]);
  const facts = await caseloadFacts(actor.id, now);
  return facts.map((f) => toRow(f, now));
}

export type WeekCount = { weekStart: Date; held: number };

/** The dashboard: every row, today's appointments and the 12-week chart, in three queries. */
export async function getCaseloadDashboard(actor: Actor, now = new Date()) {
  assertRole(actor, ["ADVISOR"]);
  const db = getDb();
  const today = parisDayRange(now);
  // Mid-week arithmetic, then back to Monday: immune to the DST hour.
  const chartStart = isoWeekRange(new Date(isoWeekRange(now).start.getTime() - (CHART_WEEKS - 1) * 7 * DAY_MS + 3 * DAY_MS)).start;
  const [facts, appointmentsToday, weekly] = await Promise.all([
    caseloadFacts(actor.id, now),
    db.appointment.count({
      where: { advisorId: actor.id, status: "SCHEDULED", startsAt: { gte: today.start, lt: today.end }, learner: { advisorId: actor.id } },
    }),
    db.$queryRaw<{ week: Date; held: number }[]>(Prisma.sql`
      SELECT date_trunc('week', x."scheduledAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Paris') AS week, count(*)::int AS held
      FROM "MentoringSession" x JOIN "LearnerProfile" lp ON lp."userId" = x."learnerId"
      WHERE lp."advisorId" = ${actor.id} AND x.status = 'HELD' AND x."scheduledAt" >= ${chartStart} AND x."scheduledAt" < ${now}
      GROUP BY 1`),
  ]);
  const rows = facts.map((f) => toRow(f, now));
  const heldByWeek = new Map(weekly.map((w) => [isoWeekRange(w.week).start.getTime(), w.held]));
  const chart: WeekCount[] = Array.from({ length: CHART_WEEKS }, (_, i) => {
    const weekStart = new Date(chartStart.getTime() + i * 7 * DAY_MS);
    // DST shifts a Monday 00:00 Paris by an hour in UTC: match on the ISO week.
    const key = isoWeekRange(new Date(weekStart.getTime() + 3 * DAY_MS)).start;
    return { weekStart: key, held: heldByWeek.get(key.getTime()) ?? 0 };
  });
  return {
    rows,
    chart,
    tiles: {
      atRisk: rows.filter((r) => r.level !== "NONE").length,
      withoutSessionThisWeek: rows.filter((r) => r.sessionsThisWeek === 0 && !r.onBreak).length,
      alertsWaiting: rows.reduce((sum, r) => sum + r.openAlerts, 0),
      appointmentsToday,
    },
  };
}
