// Benchmark of the advisor's dashboard: seeds a scratch database with many
// learners (default 100,000, in caseloads of 500), then renders one advisor's
// dashboard data several times and prints the query count and timings.
//
//   npm run bench:caseload -- [--learners 100000] [--caseload 500] [--runs 10] [--keep]
//
// The server is TEST_DATABASE_URL's, or a scratch embedded PostgreSQL. The
// scratch database is dropped at the end unless --keep is given.
import { parseArgs } from "node:util";
import pg from "pg";
import { resolveTestServer } from "./lib/database-url";
import { dropDatabase, recreateDatabase } from "./lib/pg-admin";
import { migrateDeploy } from "./lib/prisma-cli";

const { values } = parseArgs({
  options: {
    learners: { type: "string", default: "100000" },
    caseload: { type: "string", default: "500" },
    runs: { type: "string", default: "10" },
    keep: { type: "boolean", default: false },
  },
});
const total = Number(values.learners);
const caseload = Number(values.caseload);
const runs = Number(values.runs);

let queries = 0;
const original = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  queries += 1;
  return (original as (...a: unknown[]) => unknown).apply(this, args);
} as typeof original;

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

async function main() {
  const server = await resolveTestServer();
  const name = `portal_bench_${process.pid}`;
  const url = await recreateDatabase(server.url, name);
  try {
    await migrateDeploy(url);
    process.env.DATABASE_URL = url;
    const { getDb, disconnectDb } = await import("@/lib/server/db");
    const { getCaseloadDashboard } = await import("@/lib/server/data/caseload");
    const { createCaseload, createUser } = await import("@/tests/factories");
    const db = getDb();

    let start = process.hrtime.bigint();
    // One caseload through the test factories, then copied set-based (SQL
    // generate_series) under other advisors until the school has `total` learners.
    const mentor = await createUser(db, { role: "MENTOR" });
    const advisor = await createUser(db, { role: "ADVISOR", passwordHash: null });
    await createCaseload(db, { advisorId: advisor.id, mentorId: mentor.id, count: Math.min(caseload, total) });
    const copies = Math.max(0, Math.ceil((total - caseload) / caseload));
    if (copies > 0) await copyCaseload(db, advisor.id, copies);
    await db.$executeRawUnsafe("ANALYZE");
    const learners = await db.learnerProfile.count();
    const sessions = await db.mentoringSession.count();
    console.log(`Seeded ${learners} learners (${copies + 1} caseloads of ${caseload}), ${sessions} sessions, in ${(ms(start) / 1000).toFixed(1)} s.`);

    const actor = { ...advisor, locale: "fr" as const };
    await getCaseloadDashboard(actor); // warm-up: pool connections, plan cache
    const timings: number[] = [];
    let perRender = 0;
    for (let i = 0; i < runs; i += 1) {
      queries = 0;
      start = process.hrtime.bigint();
      const dashboard = await getCaseloadDashboard(actor);
      timings.push(ms(start));
      perRender = queries;
      if (i === 0) console.log(`Dashboard of one advisor: ${dashboard.total} rows (a page of ${dashboard.page.items.length}), ${dashboard.tiles.atRisk} at risk.`);
    }
    timings.sort((a, b) => a - b);
    const pct = (p: number) => timings[Math.min(timings.length - 1, Math.floor((p / 100) * timings.length))].toFixed(1);
    console.log(`Queries per render: ${perRender}`);
    console.log(`Render time over ${runs} runs: min ${timings[0].toFixed(1)} ms, median ${pct(50)} ms, p90 ${pct(90)} ms, max ${timings[timings.length - 1].toFixed(1)} ms`);
    await disconnectDb();
  } finally {
    if (!values.keep) await dropDatabase(server.url, name);
    else console.log(`Kept the database ${name}.`);
    await server.stop();
  }
}

/** Copies the advisor's caseload (users, profiles, milestones, sessions) `copies` times under new advisors. */
async function copyCaseload(db: import("@prisma/client").PrismaClient, advisorId: string, copies: number) {
  const { Prisma } = await import("@prisma/client");
  const mine = Prisma.sql`SELECT "userId" FROM "LearnerProfile" WHERE "advisorId" = ${advisorId}`;
  await db.$executeRaw`
    INSERT INTO "User" (id, email, "firstName", "lastName", role, "updatedAt")
    SELECT 'bench_adv_' || g, 'bench_adv_' || g || '@bench.test', 'Conseiller', 'N' || g, 'ADVISOR', now()
    FROM generate_series(1, ${copies}) g`;
  await db.$executeRaw`
    INSERT INTO "User" (id, email, "firstName", "lastName", role, "updatedAt")
    SELECT u.id || '_' || g, g || '.' || u.email, u."firstName", u."lastName", 'LEARNER', now()
    FROM "User" u CROSS JOIN generate_series(1, ${copies}) g WHERE u.id IN (${mine})`;
  await db.$executeRaw`
    INSERT INTO "LearnerProfile" ("userId", "trainingPathId", "startDate", "plannedEndDate", "weeklyCommitment", "advisorId", "mentorId", "updatedAt")
    SELECT lp."userId" || '_' || g, lp."trainingPathId", lp."startDate", lp."plannedEndDate", lp."weeklyCommitment", 'bench_adv_' || g, lp."mentorId", now()
    FROM "LearnerProfile" lp CROSS JOIN generate_series(1, ${copies}) g WHERE lp."advisorId" = ${advisorId}`;
  await db.$executeRaw`
    INSERT INTO "LearnerMilestone" (id, "learnerId", position, label, "plannedDate", "completedAt")
    SELECT m.id || '_' || g, m."learnerId" || '_' || g, m.position, m.label, m."plannedDate", m."completedAt"
    FROM "LearnerMilestone" m CROSS JOIN generate_series(1, ${copies}) g WHERE m."learnerId" IN (${mine})`;
  await db.$executeRaw`
    INSERT INTO "MentoringSession" (id, "learnerId", "mentorId", kind, "scheduledAt", "durationMinutes", status, "updatedAt")
    SELECT s.id || '_' || g, s."learnerId" || '_' || g, s."mentorId", s.kind, s."scheduledAt", s."durationMinutes", s.status, now()
    FROM "MentoringSession" s CROSS JOIN generate_series(1, ${copies}) g WHERE s."learnerId" IN (${mine})`;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
