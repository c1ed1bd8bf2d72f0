// The dashboard does a fixed number of queries whatever the caseload size (one),
// and its rows carry the risk reasons computed from the database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { freshDatabase } from "./db";
import { actorOf } from "./support/access";
import { addDays, createBreak, createCaseload, createLearner, createRequest, createSession, createUser } from "@/tests/factories";
import { getCaseloadDashboard, listCaseload } from "@/lib/server/data/caseload";
import { openWorklist } from "@/lib/server/data/worklist";
import { getNavCounts } from "@/lib/server/data/request-reads";

const db = freshDatabase();

// Counts every statement sent by the pg driver under Prisma's adapter.
let queries = 0;
const original = pg.Client.prototype.query;
beforeAll(() => {
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    queries += 1;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
});
afterAll(() => {
  pg.Client.prototype.query = original;
});

async function countQueries(work: () => Promise<unknown>): Promise<number> {
  queries = 0;
  await work();
  return queries;
}

describe("caseload dashboard query count", () => {
  it("is the same for 10 and for 500 learners", async () => {
    const client = db();
    const mentor = await createUser(client, { role: "MENTOR" });
    const small = await createUser(client, { role: "ADVISOR" });
    const large = await createUser(client, { role: "ADVISOR" });
    await createCaseload(client, { advisorId: small.id, mentorId: mentor.id, count: 10 });
    await createCaseload(client, { advisorId: large.id, mentorId: mentor.id, count: 500 });

    // The first render after the writes refreshes the rows they marked stale (data/risk-facts.ts);
    // after it, both counts measure the page's own statements over the read model.
    await getCaseloadDashboard(actorOf(small));
    await getCaseloadDashboard(actorOf(large));
    const forTen = await countQueries(() => getCaseloadDashboard(actorOf(small)));
    const forFiveHundred = await countQueries(() => getCaseloadDashboard(actorOf(large)));
    expect(forTen).toBe(forFiveHundred);
    // One statement over the read model; the worklist and the calls above it one more, and
    // the navigation counts a third: with the sign-in lookup, four a render of /advisor.
    expect(forTen).toBe(1);
    expect(await countQueries(() => openWorklist(actorOf(large)))).toBe(1);
    expect(await countQueries(() => getNavCounts(actorOf(large)))).toBe(1);
    const dashboard = await getCaseloadDashboard(actorOf(large), { filter: {}, sort: "attention", pageSize: 25 });
    expect(dashboard.total).toBe(500);
    expect(dashboard.page.items).toHaveLength(25);
    expect(dashboard.chart).toHaveLength(12);
    // Every fifth learner has two recent no-shows in a row (see createCaseload).
    const noShows = await getCaseloadDashboard(actorOf(large), { filter: { reason: "CONSECUTIVE_NO_SHOWS" }, sort: "name", pageSize: 25 });
    expect(noShows.count).toBe(100);
  });
});

describe("the 12-week chart", () => {
  it("counts the held sessions of the caseload's active learners, by week", async () => {
    const client = db();
    const advisor = await createUser(client, { role: "ADVISOR" });
    const mentor = await createUser(client, { role: "MENTOR" });
    const now = new Date();
    const [a, b, gone] = [
      await createLearner(client, { advisorId: advisor.id, mentorId: mentor.id }),
      await createLearner(client, { advisorId: advisor.id, mentorId: mentor.id }),
      await createLearner(client, { advisorId: advisor.id, mentorId: mentor.id }),
    ];
    const lastWeek = addDays(now, -7);
    await createSession(client, { learnerId: a.id, scheduledAt: lastWeek, status: "HELD" });
    await createSession(client, { learnerId: b.id, scheduledAt: lastWeek, status: "HELD" });
    await createSession(client, { learnerId: b.id, scheduledAt: addDays(lastWeek, -1 / 24), status: "NO_SHOW" });
    // A deactivated learner leaves the caseload, and the chart with it.
    await createSession(client, { learnerId: gone.id, scheduledAt: lastWeek, status: "HELD" });
    await client.user.update({ where: { id: gone.id }, data: { active: false } });
    const { chart, total } = await getCaseloadDashboard(actorOf(advisor), { filter: {}, sort: "attention", pageSize: 25 }, now);
    expect(total).toBe(2);
    expect(chart.reduce((n, w) => n + w.held, 0)).toBe(2);
    expect(chart.filter((w) => w.held > 0)).toHaveLength(1);
  });
});

describe("risk reasons from the database", () => {
  it("flags no session for 14 days, two no-shows, lateness and an open dropout alert; a break suspends attendance", async () => {
    const client = db();
    const now = new Date();
    const advisor = await createUser(client, { role: "ADVISOR" });
    const mentor = await createUser(client, { role: "MENTOR" });
    const actor = actorOf(advisor);
    const learner = (o: Parameters<typeof createLearner>[1] = {}) => createLearner(client, { advisorId: advisor.id, mentorId: mentor.id, ...o });

    const silent = await learner({ delayWeeks: 0 });
    await createSession(client, { learnerId: silent.id, scheduledAt: addDays(now, -20), status: "HELD" });

    const absent = await learner({ delayWeeks: 0 });
    await createSession(client, { learnerId: absent.id, scheduledAt: addDays(now, -9), status: "HELD" });
    await createSession(client, { learnerId: absent.id, scheduledAt: addDays(now, -5), status: "NO_SHOW" });
    await createSession(client, { learnerId: absent.id, scheduledAt: addDays(now, -2), status: "NO_SHOW" });

    const late = await learner({ delayWeeks: 5, startDate: addDays(now, -20 * 7) });
    await createSession(client, { learnerId: late.id, scheduledAt: addDays(now, -2), status: "HELD" });

    const alerted = await learner({ delayWeeks: 0 });
    await createSession(client, { learnerId: alerted.id, scheduledAt: addDays(now, -2), status: "HELD" });
    await createRequest(client, { learnerId: alerted.id, authorId: mentor.id, topic: "DISENGAGEMENT_RISK" });

    const resting = await learner({ delayWeeks: 0 });
    await createSession(client, { learnerId: resting.id, scheduledAt: addDays(now, -30), status: "HELD" });
    await createBreak(client, { learnerId: resting.id, status: "APPROVED", startDate: addDays(now, -25), endDate: addDays(now, 5) });

    const rows = new Map((await listCaseload(actor, now)).map((r) => [r.id, r]));
    expect(rows.get(silent.id)).toMatchObject({ level: "MEDIUM", reasons: ["NO_SESSION_14_DAYS"] });
    expect(rows.get(absent.id)).toMatchObject({ level: "HIGH", reasons: ["CONSECUTIVE_NO_SHOWS"] });
    expect(rows.get(late.id)?.reasons).toEqual(["LATE_ON_PATH"]);
    expect(rows.get(late.id)?.progress.status).toBe("LATE");
    expect(rows.get(alerted.id)).toMatchObject({ level: "HIGH", reasons: ["DROPOUT_RISK_ALERT"], openAlerts: 1 });
    expect(rows.get(resting.id)).toMatchObject({ level: "NONE", reasons: [], onBreak: true });
  });
});
