// Benchmark of the reports: seeds a scratch database in SQL (generate_series) with a school
// of many learners (default 100,000) and two years of history — requests with replies,
// weekly sessions, follow-up cases with calls, milestones — then times every figure of the
// reports (lib/server/data/reports.ts) as the Mentorship Manager (whole school) and as one
// advisor, for a month and a quarter, and prints the timings (median of the runs). The
// rollups of "commitments kept" and the no-shows are built first, as the worker's first run would.
//
//   npm run bench:reports -- [--learners 100000] [--runs 3] [--keep] [--reuse portal_bench_reports_N]
//
// The server is TEST_DATABASE_URL's, or a scratch embedded PostgreSQL. The scratch
// database is dropped at the end unless --keep is given.
import { parseArgs } from "node:util";
import { resolveTestServer } from "./lib/database-url";
import { dropDatabase, recreateDatabase } from "./lib/pg-admin";
import { migrateDeploy } from "./lib/prisma-cli";

const { values } = parseArgs({
  options: {
    learners: { type: "string", default: "100000" },
    runs: { type: "string", default: "3" },
    keep: { type: "boolean", default: false },
    // A database an earlier run kept (--keep): no seeding; the rollup is built again.
    reuse: { type: "string" },
  },
});
const total = Number(values.learners);
const runs = Number(values.runs);
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

/** The school in SQL: `n` learners, 1 advisor per 500, 1 mentor per 200, two years of history up to `now`. */
function seedStatements(n: number, now: Date): string[] {
  const advisors = Math.max(1, Math.ceil(n / 500));
  const mentors = Math.max(1, Math.ceil(n / 200));
  const t = `'${now.toISOString()}'::timestamp`;
  return [
    `INSERT INTO "TrainingPath" (id, code, name, "durationWeeks") SELECT 'p' || g, 'P' || g, 'Parcours ' || g, 52 FROM generate_series(0, 4) g`,
    `INSERT INTO "User" (id, email, "firstName", "lastName", role, "updatedAt")
       SELECT 'a' || g, 'a' || g || '@bench.test', 'Conseil', 'Ler' || g, 'ADVISOR'::"Role", ${t} FROM generate_series(0, ${advisors - 1}) g
       UNION ALL SELECT 'm' || g, 'm' || g || '@bench.test', 'Men', 'Tor' || g, 'MENTOR'::"Role", ${t} FROM generate_series(0, ${mentors - 1}) g
       UNION ALL SELECT 'l' || g, 'l' || g || '@bench.test', 'Appre', 'Nant' || g, 'LEARNER'::"Role", ${t} FROM generate_series(1, ${n}) g
       UNION ALL SELECT 'manager', 'manager@bench.test', 'Men', 'Torship', 'MENTORSHIP_MANAGER'::"Role", ${t}`,
    // Starts spread over the two years (and one year before, so the first months have learners); one year of training each.
    `INSERT INTO "LearnerProfile" ("userId", "trainingPathId", "startDate", "plannedEndDate", "advisorId", "mentorId", "updatedAt")
       SELECT 'l' || g, 'p' || (g % 5), (${t} - ((g * 7919) % 1095) * interval '1 day')::date, (${t} - ((g * 7919) % 1095) * interval '1 day' + interval '365 days')::date,
         'a' || (g % ${advisors}), 'm' || (g % ${mentors}), ${t}
       FROM generate_series(1, ${n}) g`,
    `INSERT INTO "LearnerMilestone" (id, "learnerId", position, label, "plannedDate", "completedAt")
       SELECT lp."userId" || ':' || k, lp."userId", k, 'Projet ' || k, lp."startDate" + k * 90,
         CASE WHEN (hashtext(lp."userId") + k) % 5 = 0 OR lp."startDate" + k * 90 > ${t}::date THEN NULL ELSE (lp."startDate" + k * 90)::timestamp END
       FROM "LearnerProfile" lp CROSS JOIN generate_series(1, 4) k`,
    // Five requests a learner over two years, one in five a mentor alert; answered and resolved.
    `INSERT INTO "SupportRequest" (id, "authorId", "learnerId", topic, side, queue, "assigneeId", status, priority, subject, message, "idempotencyKey", "createdAt", "updatedAt",
         "firstResponseDueAt", "firstResponseAt", "resolutionDueAt", "resolvedAt")
       SELECT 'r' || g || ':' || k,
         CASE WHEN k = 1 THEN lp."mentorId" ELSE lp."userId" END, lp."userId",
         (CASE WHEN k = 1 THEN 'DISENGAGEMENT_RISK' WHEN k = 2 THEN 'EXTRA_RESOURCES' WHEN k = 3 THEN 'ADMIN_SUPPORT' WHEN k = 4 THEN 'EXTRA_SESSIONS' ELSE 'RQTH' END)::"RequestTopic",
         (CASE WHEN k = 1 THEN 'MENTOR' ELSE 'LEARNER' END)::"ResponsibilitySide", 'ADVISOR', lp."advisorId", 'RESOLVED', 'NORMAL', 'Objet', 'Message', 'bench-' || g || '-' || k,
         c.at, c.at, c.at + interval '2 days', c.at + ((g + k) % 72) * interval '1 hour', c.at + interval '7 days', c.at + ((g + k) % 200) * interval '1 hour'
       FROM generate_series(1, ${n}) g JOIN "LearnerProfile" lp ON lp."userId" = 'l' || g CROSS JOIN generate_series(1, 5) k
       CROSS JOIN LATERAL (SELECT ${t} - (((g * 31 + k * 977) % 730) + 3) * interval '1 day' + ((g + k) % 9) * interval '1 hour' AS at) c`,
    `INSERT INTO "RequestEvent" (id, "requestId", "actorId", type, visibility, body, "createdAt")
       SELECT 'e' || r.id, r.id, r."assigneeId", 'REPLY', 'PUBLIC', 'Réponse', r."firstResponseAt" FROM "SupportRequest" r`,
    // A session a week from the start of training to its end (or now); one in eight missed.
    `INSERT INTO "MentoringSession" (id, "learnerId", "mentorId", kind, "scheduledAt", status, "updatedAt")
       SELECT lp."userId" || ':' || w, lp."userId", lp."mentorId", (CASE WHEN w % 10 = 9 THEN 'DEFENCE' ELSE 'MENTORING' END)::"SessionKind",
         lp."startDate" + w * 7 + interval '10 hours',
         (CASE WHEN (hashtext(lp."userId") + w) % 8 = 0 THEN 'NO_SHOW' WHEN lp."startDate" + w * 7 > ${t} THEN 'SCHEDULED' ELSE 'HELD' END)::"SessionStatus", ${t}
       FROM "LearnerProfile" lp CROSS JOIN generate_series(0, 51) w
       WHERE lp."startDate" + w * 7 >= (${t} - interval '2 years')::date AND lp."startDate" + w * 7 < ${t}::date + 14`,
    // A follow-up case after each mentor alert, with its two calls.
    `INSERT INTO "FollowUpCase" (id, "learnerId", "advisorId", reason, "sourceRequestId", status, outcome, "openedAt", "closedAt")
       SELECT 'f' || r.id, r."learnerId", r."assigneeId", 'MENTOR_ALERT', r.id, 'CLOSED',
         (CASE WHEN hashtext(r.id) % 3 = 0 THEN 'BLOCKER_NOT_SOLVED' ELSE 'BLOCKER_SOLVED' END)::"CaseOutcome", r."createdAt" + interval '1 hour', r."createdAt" + interval '10 days'
       FROM "SupportRequest" r WHERE r.side = 'MENTOR'`,
    `INSERT INTO "Appointment" (id, "icsUid", "caseId", "learnerId", "advisorId", kind, "startsAt", status, "updatedAt")
       SELECT f.id || ':' || k, f.id || ':' || k, f.id, f."learnerId", f."advisorId", (CASE WHEN k = 1 THEN 'FIRST' ELSE 'FOLLOW_UP' END)::"AppointmentKind",
         f."openedAt" + (k * 3 - 2) * interval '1 day', (CASE WHEN hashtext(f.id || k) % 6 = 0 THEN 'NO_SHOW' ELSE 'HELD' END)::"AppointmentStatus", ${t}
       FROM "FollowUpCase" f CROSS JOIN generate_series(1, 2) k`,
    // A satisfaction survey after each resolved request: three in five answered (a rating, one in ten with a comment).
    `INSERT INTO "SurveyInvitation" (id, "tokenHash", "recipientId", "learnerId", "requestId", "createdAt", "expiresAt", "answeredAt", rating, comment)
       SELECT 's' || r.id, md5(r.id), r."authorId", r."learnerId", r.id, r."resolvedAt", r."resolvedAt" + interval '30 days',
         CASE WHEN abs(hashtext(r.id)) % 5 < 3 THEN r."resolvedAt" + interval '1 day' END,
         CASE WHEN abs(hashtext(r.id)) % 5 < 3 THEN 1 + abs(hashtext(r.id || 'x')) % 5 END,
         CASE WHEN abs(hashtext(r.id)) % 10 = 0 THEN 'Commentaire' END
       FROM "SupportRequest" r WHERE r."resolvedAt" IS NOT NULL`,
    `ANALYZE`,
  ];
}

async function main() {
  const server = await resolveTestServer();
  const name = values.reuse ?? `portal_bench_reports_${process.pid}`;
  const url = values.reuse ? Object.assign(new URL(server.url), { pathname: `/${name}` }).toString() : await recreateDatabase(server.url, name);
  try {
    await migrateDeploy(url);
    process.env.DATABASE_URL = url;
    const { getDb, disconnectDb } = await import("@/lib/server/db");
    const { getFigure, getReport, getReportFigures } = await import("@/lib/server/data/reports");
    const { FIGURE_KEYS } = await import("@/lib/domain/reports/figures");
    const { periodContaining, previousPeriod } = await import("@/lib/domain/reports/period");
    const db = getDb();
    const now = new Date();

    let start = process.hrtime.bigint();
    if (values.reuse) {
      await db.$executeRawUnsafe(`TRUNCATE "LearnerCommitmentMonth", "LearnerAttendanceMonth"`);
      await db.$executeRawUnsafe(`UPDATE "ReportRollupCursor" SET "coveredUntil" = NULL`);
    } else for (const statement of seedStatements(total, now)) await db.$executeRawUnsafe(statement);
    const [counts] = await db.$queryRawUnsafe<{ learners: number; requests: number; sessions: number; cases: number; surveys: number }[]>(
      `SELECT (SELECT count(*)::int FROM "LearnerProfile") AS learners, (SELECT count(*)::int FROM "SupportRequest") AS requests,
         (SELECT count(*)::int FROM "MentoringSession") AS sessions, (SELECT count(*)::int FROM "FollowUpCase") AS cases, (SELECT count(*)::int FROM "SurveyInvitation") AS surveys`,
    );
    const school = `${counts.learners} learners, ${counts.requests} requests, ${counts.sessions} sessions, ${counts.cases} cases, ${counts.surveys} surveys`;
    console.log(values.reuse ? `Reused ${name}: ${school}.` : `Seeded ${school} in ${(ms(start) / 1000).toFixed(1)} s.`);
    // The worker's first run of the rollups ("commitments kept", no-shows), timed: at 100,000 learners it reads two years of sessions.
    start = process.hrtime.bigint();
    const { runReportRollups } = await import("@/lib/server/data/report-rollups");
    const rollup = await runReportRollups(now);
    await db.$executeRawUnsafe(`VACUUM ANALYZE "LearnerCommitmentMonth", "LearnerAttendanceMonth", "ReportRollupStale"`);
    console.log(`Report rollups built in ${(ms(start) / 1000).toFixed(1)} s (${rollup.refreshed} learners; the worker's first run, then a week at a time).`);

    const actor = (id: string, role: "MENTORSHIP_MANAGER" | "ADVISOR") => ({ id, role, firstName: "", lastName: "", email: "", locale: "fr" as const });
    const manager = actor("manager", "MENTORSHIP_MANAGER");
    const advisor = actor("a0", "ADVISOR");
    const month = previousPeriod(periodContaining("month", now));
    const quarter = previousPeriod(periodContaining("quarter", now));
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const time = async (work: () => Promise<unknown>) => {
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) {
        start = process.hrtime.bigint();
        await work();
        samples.push(ms(start));
      }
      return median(samples);
    };

    let worst = 0;
    console.log(`\nfigure (ms, median of ${runs})`.padEnd(30) + ["MM month", "MM quarter", "advisor month"].map((h) => h.padStart(15)).join(""));
    for (const key of FIGURE_KEYS) {
      const cells = [
        await time(() => getFigure(manager, key, { period: month.key }, now)),
        await time(() => getFigure(manager, key, { period: quarter.key }, now)),
        await time(() => getFigure(advisor, key, { period: month.key }, now)),
      ];
      worst = Math.max(worst, ...cells);
      console.log(key.padEnd(30) + cells.map((c) => c.toFixed(0).padStart(15)).join(""));
    }
    const page = [
      await time(() => getReport(manager, { period: month.key }, now)),
      await time(() => getReport(manager, { period: quarter.key }, now)),
      await time(() => getReport(advisor, { period: month.key }, now)),
    ];
    const first = [
      await time(() => getReportFigures(manager, { period: month.key }, now)),
      await time(() => getReportFigures(manager, { period: quarter.key }, now)),
      await time(() => getReportFigures(advisor, { period: month.key }, now)),
    ];
    console.log("page's figures (shown first)".padEnd(30) + first.map((c) => c.toFixed(0).padStart(15)).join(""));
    console.log("whole page (all + trends)".padEnd(30) + page.map((c) => c.toFixed(0).padStart(15)).join(""));
    console.log(`\nSlowest single figure: ${worst.toFixed(0)} ms (target: 1000 ms).`);
    await disconnectDb();
  } finally {
    if (values.keep) console.log(`Kept database ${name}.`);
    else await dropDatabase(server.url, name);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
