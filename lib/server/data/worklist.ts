import "server-only";
import { Prisma, type AppointmentKind, type AppointmentStatus, type ContactReason, type Priority, type ResponsibilitySide, type SignalKind } from "@prisma/client";
import { getDb } from "@/lib/server/db";
import { assertRole, type Actor } from "@/lib/server/auth/actor";
import { now as clockNow } from "@/lib/server/clock";
import { FIRST_VISIT_LOOKBACK_MS, VISIT_GAP_MS, secondCallState, todayAndTomorrow } from "@/lib/domain/worklist";

// The advisor's worklist on /advisor: what needs doing now, each row a link, and the calls
// of today and tomorrow shown just above it. Every list is scoped to the advisor's own
// learners (or requests assigned to them) and bounded; the page shows how many there are.
// One statement: the visit is recorded and every list read in it (the dashboard's budget
// is five statements a render, issue 14).

const LIMIT = 50;
const CALLS_LIMIT = 200;

/** JSON timestamps: `timestamp AT TIME ZONE 'UTC'` is serialised with its offset. */
const at = (iso: string) => new Date(iso);
const atOrNull = (iso: string | null) => (iso === null ? null : new Date(iso));

type Raw = {
  sinceAt: Date;
  newRequests: { id: string; number: number; subject: string; side: ResponsibilitySide; at: string; learnerName: string }[];
  replies: { id: string; at: string; requestId: string; number: number; subject: string; authorName: string; learnerName: string }[];
  signals: { id: string; kind: SignalKind; isoWeek: string; learnerId: string; learnerName: string }[];
  cases: { id: string; reason: ContactReason; learnerId: string; learnerName: string; calls: { kind: AppointmentKind; status: AppointmentStatus; startsAt: string }[] }[];
  overdue: { id: string; number: number; subject: string; priority: Priority; firstResponseAt: string | null; firstResponseDueAt: string | null; learnerName: string }[];
  calls: {
    id: string;
    kind: AppointmentKind;
    status: AppointmentStatus;
    startsAt: string;
    durationMinutes: number;
    topic: string | null;
    caseId: string | null;
    bookedByLearner: boolean;
    learnerId: string;
    firstName: string;
    lastName: string;
    phone: string | null;
  }[];
};

/**
 * Opens the worklist: records the visit and returns everything the advisor has to act on,
 * with "new since your last visit" measured from the visit's start. The visit follows
 * `nextVisit` (lib/domain/worklist.ts), applied in the statement's upsert
 * (tests/integration/worklist.test.ts checks the two agree on each case).
 */
export async function openWorklist(actor: Actor, now = clockNow()) {
  assertRole(actor, ["ADVISOR"]);
  const me = actor.id;
  const days = todayAndTomorrow(now);
  // Requests in the advisor's scope (lib/server/data/inbox.ts staffScope): about one of
  // their current learners, or assigned to them. A union of two index reads: an OR across
  // the two would scan every request.
  const cols = Prisma.sql`r.id, r.number, r.subject, r.side, r."createdAt", r."authorId", r."learnerId"`;
  const scope = Prisma.sql`(
      SELECT ${cols} FROM "SupportRequest" r JOIN "LearnerProfile" lp ON lp."userId" = r."learnerId" AND lp."advisorId" = ${me}
      UNION
      SELECT ${cols} FROM "SupportRequest" r WHERE r."assigneeId" = ${me})`;
  const [raw] = await getDb().$queryRaw<Raw[]>`
    WITH v AS (
      INSERT INTO "WorklistVisit" ("userId", "sinceAt", "lastSeenAt")
      VALUES (${me}, ${new Date(now.getTime() - FIRST_VISIT_LOOKBACK_MS)}, ${now})
      ON CONFLICT ("userId") DO UPDATE SET
        "sinceAt" = CASE WHEN "WorklistVisit"."lastSeenAt" <= ${new Date(now.getTime() - VISIT_GAP_MS)} THEN "WorklistVisit"."lastSeenAt" ELSE "WorklistVisit"."sinceAt" END,
        "lastSeenAt" = EXCLUDED."lastSeenAt"
      RETURNING "sinceAt"
    )
    SELECT
      (SELECT "sinceAt" FROM v) AS "sinceAt",
      -- Each list takes its rows first and names them after: a join to "User" before the
      -- limit would hash every account.
      (SELECT coalesce(json_agg(json_build_object('id', x.id, 'number', x.number, 'subject', x.subject, 'side', x.side,
          'at', x."createdAt" AT TIME ZONE 'UTC', 'learnerName', u."firstName" || ' ' || u."lastName") ORDER BY x."createdAt" DESC), '[]')
        FROM (
          SELECT r.* FROM ${scope} r WHERE r."createdAt" > (SELECT "sinceAt" FROM v) AND r."authorId" <> ${me}
          ORDER BY r."createdAt" DESC LIMIT ${LIMIT}) x
        JOIN "User" u ON u.id = x."learnerId") AS "newRequests",
      -- A requester's reply: written by a learner or a mentor, never by staff.
      (SELECT coalesce(json_agg(json_build_object('id', x.id, 'at', x."createdAt" AT TIME ZONE 'UTC', 'requestId', x."requestId", 'number', x.number,
          'subject', x.subject, 'authorName', a."firstName" || ' ' || a."lastName", 'learnerName', u."firstName" || ' ' || u."lastName") ORDER BY x."createdAt" DESC), '[]')
        FROM (
          SELECT e.id, e."createdAt", e."actorId", r.id AS "requestId", r.number, r.subject, r."learnerId"
          FROM ${scope} r
          -- Each request's replies through its (requestId, createdAt) index.
          CROSS JOIN LATERAL (
            SELECT e.id, e."createdAt", e."actorId" FROM "RequestEvent" e
            WHERE e."requestId" = r.id AND e."createdAt" > (SELECT "sinceAt" FROM v) AND e.type = 'REPLY' AND e.visibility = 'PUBLIC'
              AND EXISTS (SELECT 1 FROM "User" w WHERE w.id = e."actorId" AND w.role IN ('LEARNER', 'MENTOR'))
            OFFSET 0) e
          ORDER BY e."createdAt" DESC LIMIT ${LIMIT}) x
        JOIN "User" a ON a.id = x."actorId"
        JOIN "User" u ON u.id = x."learnerId") AS replies,
      (SELECT coalesce(json_agg(x ORDER BY x."createdAt" DESC), '[]') FROM (
        SELECT s.id, s.kind, s."isoWeek", s."learnerId", s."createdAt", u."firstName" || ' ' || u."lastName" AS "learnerName"
        FROM "LearnerSignal" s JOIN "LearnerProfile" lp ON lp."userId" = s."learnerId" AND lp."advisorId" = ${me}
        JOIN "User" u ON u.id = s."learnerId" AND u.active
        WHERE s."resolvedAt" IS NULL
        ORDER BY s."createdAt" DESC LIMIT ${LIMIT}) x) AS signals,
      -- Open cases whose first call was held: those still waiting for their second call.
      (SELECT coalesce(json_agg(x ORDER BY x."openedAt"), '[]') FROM (
        SELECT c.id, c.reason, c."learnerId", c."openedAt", u."firstName" || ' ' || u."lastName" AS "learnerName",
          (SELECT json_agg(json_build_object('kind', a.kind, 'status', a.status, 'startsAt', a."startsAt" AT TIME ZONE 'UTC')) FROM "Appointment" a WHERE a."caseId" = c.id) AS calls
        FROM "FollowUpCase" c JOIN "LearnerProfile" lp ON lp."userId" = c."learnerId" AND lp."advisorId" = ${me}
        JOIN "User" u ON u.id = c."learnerId"
        WHERE c.status = 'OPEN' AND EXISTS (SELECT 1 FROM "Appointment" a WHERE a."caseId" = c.id AND a.kind = 'FIRST' AND a.status = 'HELD')
        ORDER BY c."openedAt" LIMIT ${LIMIT}) x) AS cases,
      (SELECT coalesce(json_agg(x ORDER BY x.n), '[]') FROM (
        SELECT r.id, r.number, r.subject, r.priority, r."firstResponseAt" AT TIME ZONE 'UTC' AS "firstResponseAt",
          r."firstResponseDueAt" AT TIME ZONE 'UTC' AS "firstResponseDueAt", u."firstName" || ' ' || u."lastName" AS "learnerName",
          row_number() OVER (ORDER BY r."resolutionDueAt", r.id) AS n
        FROM "SupportRequest" r JOIN "User" u ON u.id = r."learnerId"
        WHERE r."assigneeId" = ${me} AND r.status IN ('NEW', 'IN_PROGRESS')
          AND ((r."firstResponseAt" IS NULL AND r."firstResponseDueAt" < ${now}) OR r."resolutionDueAt" < ${now})
        ORDER BY r."resolutionDueAt", r.id LIMIT ${LIMIT}) x) AS overdue,
      (SELECT coalesce(json_agg(x ORDER BY x."startsAt"), '[]') FROM (
        SELECT a.id, a.kind, a.status, a."startsAt" AT TIME ZONE 'UTC' AS "startsAt", a."durationMinutes", a.topic, a."caseId", a."bookedByLearner",
          a."learnerId", u."firstName", u."lastName", u.phone
        FROM "Appointment" a JOIN "LearnerProfile" lp ON lp."userId" = a."learnerId" AND lp."advisorId" = ${me}
        JOIN "User" u ON u.id = a."learnerId"
        WHERE a."advisorId" = ${me} AND a.status IN ('SCHEDULED', 'HELD', 'NO_SHOW') AND a."startsAt" >= ${days.start} AND a."startsAt" < ${days.end}
        ORDER BY a."startsAt" LIMIT ${CALLS_LIMIT}) x) AS calls`;
  const secondCalls = raw.cases.flatMap((c) => {
    const state = secondCallState(c.calls.map((a) => ({ ...a, startsAt: at(a.startsAt) })));
    return state.waiting ? [{ caseId: c.id, learnerId: c.learnerId, learnerName: c.learnerName, reason: c.reason, bookedAt: state.bookedAt }] : [];
  });
  return {
    sinceAt: raw.sinceAt,
    newRequests: raw.newRequests.map((r) => ({ id: r.id, number: r.number, subject: r.subject, side: r.side, at: at(r.at), learnerName: r.learnerName })),
    replies: raw.replies.map((e) => ({ ...e, at: at(e.at) })),
    signals: raw.signals.map((s) => ({ id: s.id, kind: s.kind, isoWeek: s.isoWeek, learnerId: s.learnerId, learnerName: s.learnerName })),
    secondCalls,
    overdue: raw.overdue.map((r) => {
      const due = atOrNull(r.firstResponseDueAt);
      return {
        id: r.id,
        number: r.number,
        subject: r.subject,
        priority: r.priority,
        learnerName: r.learnerName,
        late: r.firstResponseAt === null && due !== null && due < now ? ("firstResponse" as const) : ("resolution" as const),
      };
    }),
    /** Today's and tomorrow's calls (Paris days, lib/domain/worklist.ts todayAndTomorrow), as listMyCalls returns them. */
    calls: raw.calls.map((c) => ({
        id: c.id,
        kind: c.kind,
        status: c.status,
        startsAt: at(c.startsAt),
        durationMinutes: c.durationMinutes,
        topic: c.topic,
        caseId: c.caseId,
        bookedByLearner: c.bookedByLearner,
      learner: { userId: c.learnerId, user: { firstName: c.firstName, lastName: c.lastName, phone: c.phone } },
    })),
  };
}

export type Worklist = Awaited<ReturnType<typeof openWorklist>>;
