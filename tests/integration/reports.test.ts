// Reports: each figure's SQL against the pure definitions on hand-built records; the
// drill-down lists exactly the records the figure counts and the CSV has the same rows;
// an advisor sees their own caseload only; no RQTH topic for a role that may not read it.
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@prisma/client";
import { freshDatabase } from "./db";
import { createLearner, createRequest, createRequestEvent, createSession, createUser } from "@/tests/factories";
import type { Actor } from "@/lib/server/auth/actor";
import { actorOf, describeAccessMatrix, expectEveryExportCovered, type AccessRow } from "./support/access";
import { getFigure, getFigureTrend, getReport, getReportFigures, listAllFigureRecords, listFigureRecords, listReportFilterOptions } from "@/lib/server/data/reports";
import { figureCsvFile } from "@/lib/server/views/report-csv";
import { FIGURE_KEYS, DRILL_PAGE_SIZE, REPORT_ROLES, type FigureKey } from "@/lib/domain/reports/figures";
import { weekCommitment } from "@/lib/domain/commitment";
import { describeIsoWeek } from "@/lib/domain/week";
import { workingHoursBetween } from "@/lib/domain/sla";

const db = freshDatabase();
const actors = {} as Record<Role, Actor>;
const NOW = new Date("2026-11-27T15:00:00Z"); // Friday 16:00 Paris
const NOVEMBER = { period: "2026-11" } as const;
const ids = { l1: "", l2: "", l3: "", advisorA: "", advisorB: "", rqthRequest: "" };
const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  const client = db();
  const advisorA = await createUser(client, { role: "ADVISOR" });
  const advisorB = await createUser(client, { role: "ADVISOR" });
  const mentor = await createUser(client, { role: "MENTOR" });
  actors.ADVISOR = actorOf(advisorA);
  actors.MENTOR = actorOf(mentor);
  for (const role of ["SUPPORT", "MENTORSHIP_MANAGER", "ADMIN", "DISABILITY_REFERENT"] as const) actors[role] = actorOf(await createUser(client, { role }));
  ids.advisorA = advisorA.id;
  ids.advisorB = advisorB.id;
  const start = at("2026-09-07T00:00:00Z");
  const l1 = await createLearner(client, { advisorId: advisorA.id, mentorId: mentor.id, startDate: start, plannedEndDate: at("2027-06-30T00:00:00Z") });
  const l2 = await createLearner(client, {
    advisorId: advisorA.id,
    mentorId: mentor.id,
    startDate: start,
    plannedEndDate: at("2026-11-20T00:00:00Z"),
    milestones: [
      { position: 1, label: "Projet 1", plannedDate: at("2026-10-01T00:00:00Z"), completedAt: at("2026-10-01T10:00:00Z") },
      { position: 2, label: "Projet 2", plannedDate: at("2026-11-15T00:00:00Z"), completedAt: null },
    ],
  });
  const l3 = await createLearner(client, { advisorId: advisorB.id, mentorId: mentor.id, startDate: start, plannedEndDate: at("2027-06-30T00:00:00Z") });
  actors.LEARNER = actorOf(l1.user);
  Object.assign(ids, { l1: l1.id, l2: l2.id, l3: l3.id });

  // Mentor alerts. L1: a call held the next day (9 working hours). L2: a reply to the learner's own
  // request across the 11 November holiday (2 working hours). L3: no contact, past its target.
  await createRequest(client, { learnerId: l1.id, authorId: mentor.id, createdAt: at("2026-11-16T08:00:00Z") });
  const l1Case = await client.followUpCase.create({
    data: { learnerId: l1.id, advisorId: advisorA.id, reason: "MENTOR_ALERT", status: "CLOSED", outcome: "BLOCKER_SOLVED", openedAt: at("2026-11-16T10:00:00Z"), closedAt: at("2026-11-24T10:00:00Z") },
  });
  await client.appointment.createMany({
    data: [
      { caseId: l1Case.id, learnerId: l1.id, advisorId: advisorA.id, kind: "FIRST", status: "HELD", startsAt: at("2026-11-17T09:00:00Z") },
      { caseId: l1Case.id, learnerId: l1.id, advisorId: advisorA.id, kind: "FOLLOW_UP", status: "HELD", startsAt: at("2026-11-23T09:00:00Z") },
    ],
  });
  await createRequest(client, { learnerId: l2.id, authorId: mentor.id, createdAt: at("2026-11-10T15:00:00Z") });
  const own = await createRequest(client, {
    learnerId: l2.id,
    createdAt: at("2026-11-09T09:00:00Z"),
    priority: "NORMAL",
    firstResponseDueAt: at("2026-11-11T09:00:00Z"),
    firstResponseAt: at("2026-11-12T09:00:00Z"),
    resolutionDueAt: at("2026-11-20T09:00:00Z"),
    resolvedAt: at("2026-11-13T09:00:00Z"),
    status: "RESOLVED",
  });
  await createRequestEvent(client, { requestId: own.id, type: "REPLY", actorId: advisorA.id, createdAt: at("2026-11-12T09:00:00Z"), body: "Réponse" });
  const l2Case = await client.followUpCase.create({
    data: { learnerId: l2.id, advisorId: advisorA.id, reason: "CHECK_IN", status: "CLOSED", outcome: "BLOCKER_SOLVED", openedAt: at("2026-11-05T10:00:00Z"), closedAt: at("2026-11-19T10:00:00Z") },
  });
  await client.appointment.create({ data: { caseId: l2Case.id, learnerId: l2.id, advisorId: advisorA.id, kind: "FIRST", status: "HELD", startsAt: at("2026-11-06T09:00:00Z") } });
  await createRequest(client, { learnerId: l3.id, authorId: mentor.id, createdAt: at("2026-11-02T08:00:00Z") });
  const l3Case = await client.followUpCase.create({ data: { learnerId: l3.id, advisorId: advisorB.id, reason: "OBSERVED_DELAY", openedAt: at("2026-11-03T10:00:00Z") } });
  await client.appointment.create({ data: { caseId: l3Case.id, learnerId: l3.id, advisorId: advisorB.id, kind: "FIRST", status: "NO_SHOW", startsAt: at("2026-11-04T09:00:00Z") } });

  // An RQTH request (special-category topic) and an open one past its first-response deadline.
  ids.rqthRequest = (await createRequest(client, { learnerId: l1.id, topic: "RQTH", createdAt: at("2026-11-18T09:00:00Z"), firstResponseDueAt: at("2026-11-20T09:00:00Z") })).id;
  // October: outside the period.
  await createRequest(client, { learnerId: l1.id, createdAt: at("2026-10-20T09:00:00Z") });

  // Sessions: L1 keeps weeks 46 and 47 (one of them excused), misses week 45; L2 has a scheduled one left unrecorded.
  await createSession(client, { learnerId: l1.id, mentorId: mentor.id, scheduledAt: at("2026-11-03T10:00:00Z"), status: "NO_SHOW" });
  await createSession(client, { learnerId: l1.id, mentorId: mentor.id, scheduledAt: at("2026-11-10T10:00:00Z"), status: "HELD" });
  await createSession(client, { learnerId: l1.id, mentorId: mentor.id, scheduledAt: at("2026-11-17T10:00:00Z"), status: "CANCELLED", cancelledBy: "MENTOR" });
  await createSession(client, { learnerId: l1.id, mentorId: mentor.id, kind: "DEFENCE", scheduledAt: at("2026-11-19T10:00:00Z"), status: "HELD" });
  await createSession(client, { learnerId: l2.id, mentorId: mentor.id, scheduledAt: at("2026-11-04T10:00:00Z"), status: "SCHEDULED" });
  await createSession(client, { learnerId: l3.id, mentorId: mentor.id, scheduledAt: at("2026-11-05T10:00:00Z"), status: "HELD" });
});

const total = (rows: { isTotal: boolean; total: number; judged: number; hits: number; median: number | null; p90: number | null }[]) => rows.find((r) => r.isTotal)!;

describe("reports authorization matrix", () => {
  const MATRIX: AccessRow[] = [
    { name: "getReport", call: (a) => getReport(a, NOVEMBER, NOW), allowed: REPORT_ROLES },
    { name: "getReportFigures", call: (a) => getReportFigures(a, NOVEMBER, NOW), allowed: REPORT_ROLES },
    { name: "getFigure", call: (a) => getFigure(a, "noShow", NOVEMBER, NOW), allowed: REPORT_ROLES },
    { name: "getFigureTrend", call: (a) => getFigureTrend(a, "noShow", NOVEMBER, NOW), allowed: REPORT_ROLES },
    { name: "listFigureRecords", call: (a) => listFigureRecords(a, "topics", NOVEMBER, NOW), allowed: REPORT_ROLES },
    { name: "listAllFigureRecords", call: (a) => listAllFigureRecords(a, "topics", NOVEMBER, NOW), allowed: REPORT_ROLES },
    { name: "listReportFilterOptions", call: (a) => listReportFilterOptions(a), allowed: REPORT_ROLES },
  ];
  describeAccessMatrix(MATRIX, (role) => actors[role]);

  it("every exported data function has a row (or is a system function)", async () => {
    await expectEveryExportCovered(import.meta.glob(["../../lib/server/data/reports.ts", "../../lib/server/data/report-figures.ts", "../../lib/server/data/report-rollups.ts"]), MATRIX, [
      "reportPeriod",
      // SQL builders, and the worker's job (report-rollups.test.ts checks it against the records).
      "ts",
      "paris",
      "commitmentRecordsSql",
      "commitmentAggregateSql",
      "attendanceRecordsSql",
      "attendanceAggregateSql",
      "attendanceTrendSql",
      "runReportRollups",
      "figureAggregateSql",
      "figureTrendSql",
      "figureRecordsSql",
      "figureCountSql",
    ]);
  });
});

describe("each figure on hand-built records", () => {
  it("time from a mentor alert to the first contact: working hours, holidays skipped, an uncontacted alert missed", async () => {
    const { rows } = await listAllFigureRecords(actors.MENTORSHIP_MANAGER, "alertContact", NOVEMBER, NOW);
    const byLearner = new Map(rows.map((r) => [r.learner_id, r]));
    expect(byLearner.get(ids.l1)).toMatchObject({ value: 9, hit: true, other: at("2026-11-17T09:00:00Z") });
    expect(byLearner.get(ids.l2)).toMatchObject({ value: 2, hit: true, other: at("2026-11-12T09:00:00Z") });
    expect(byLearner.get(ids.l3)).toMatchObject({ value: null, hit: false, other: null });
    expect(total(await getFigure(actors.MENTORSHIP_MANAGER, "alertContact", NOVEMBER, NOW))).toMatchObject({ total: 3, judged: 3, hits: 2, median: 5.5 });
  });

  it("first response and resolution in working hours, SLA met or missed; an open request past due is missed", async () => {
    const { rows } = await listAllFigureRecords(actors.MENTORSHIP_MANAGER, "firstResponse", NOVEMBER, NOW);
    const own = rows.find((r) => r.learner_id === ids.l2 && r.other !== null)!;
    expect(own.value).toBeCloseTo(workingHoursBetween(at("2026-11-09T09:00:00Z"), at("2026-11-12T09:00:00Z")), 6);
    expect(own.hit).toBe(false);
    expect(rows.find((r) => r.id === ids.rqthRequest)?.hit).toBe(false);
    const resolution = await listAllFigureRecords(actors.MENTORSHIP_MANAGER, "resolution", NOVEMBER, NOW);
    expect(resolution.rows.find((r) => r.id === own.id)).toMatchObject({ hit: true });
  });

  it("cases: solved at the second call, unreachable", async () => {
    expect(total(await getFigure(actors.MENTORSHIP_MANAGER, "secondCall", NOVEMBER, NOW))).toMatchObject({ total: 2, judged: 2, hits: 1 });
    const unreachable = await listAllFigureRecords(actors.MENTORSHIP_MANAGER, "unreachable", NOVEMBER, NOW);
    expect(unreachable.rows.filter((r) => r.hit).map((r) => r.learner_id)).toEqual([ids.l3]);
  });

  it("no-shows by kind: held and missed only", async () => {
    const rows = await getFigure(actors.MENTORSHIP_MANAGER, "noShow", NOVEMBER, NOW);
    const byGroup = Object.fromEntries(rows.filter((r) => !r.isTotal).map((r) => [r.grp, { total: r.total, hits: r.hits }]));
    expect(byGroup).toEqual({
      APPOINTMENT_FIRST: { total: 3, hits: 1 },
      APPOINTMENT_FOLLOW_UP: { total: 1, hits: 0 },
      SESSION_MENTORING: { total: 3, hits: 1 },
      SESSION_DEFENCE: { total: 1, hits: 0 },
    });
  });

  it("weekly commitments: the SQL agrees with lib/domain/commitment.ts week by week", async () => {
    const { rows } = await listAllFigureRecords(actors.MENTORSHIP_MANAGER, "commitments", NOVEMBER, NOW);
    const profiles = await db().learnerProfile.findMany({ where: { userId: { in: [ids.l1, ids.l2, ids.l3] } }, include: { sessions: true, breaks: true } });
    for (const p of profiles) {
      for (const row of rows.filter((r) => r.learner_id === p.userId)) {
        const week = weekCommitment({ weeklyCommitment: p.weeklyCommitment, trainingStart: p.startDate, sessions: p.sessions, breaks: p.breaks }, describeIsoWeek(row.at), NOW);
        const expected = week.status === "KEPT" ? true : week.status === "NOT_KEPT" ? false : null;
        expect([row.ref, row.hit], `${p.userId} ${row.ref}`).toEqual([week.isoWeek, expected]);
      }
    }
    const l1 = rows.filter((r) => r.learner_id === ids.l1).sort((a, b) => a.at.getTime() - b.at.getTime());
    expect(l1.map((r) => [r.ref, r.hit])).toEqual([
      ["2026-W45", false],
      ["2026-W46", true],
      ["2026-W47", true],
    ]);
    // L2's week 45 has a session still to record: not judged. Their training ended on 20 November.
    expect(rows.filter((r) => r.learner_id === ids.l2).map((r) => [r.ref, r.hit])).toEqual(expect.arrayContaining([["2026-W45", null]]));
    expect(rows.some((r) => r.learner_id === ids.l2 && r.ref === "2026-W48")).toBe(false);
  });

  it("drop-out: a training ended with a milestone not completed", async () => {
    const { rows } = await listAllFigureRecords(actors.MENTORSHIP_MANAGER, "dropout", NOVEMBER, NOW);
    expect(rows.map((r) => [r.learner_id, r.hit, r.value])).toEqual([[ids.l2, true, 1]]);
  });
});

describe("drill-down and CSV list exactly what each figure counts", () => {
  it.each(FIGURE_KEYS)("%s", async (key: FigureKey) => {
    const actor = actors.MENTORSHIP_MANAGER;
    const figure = total(await getFigure(actor, key, NOVEMBER, NOW));
    const page = await listFigureRecords(actor, key, NOVEMBER, NOW);
    expect(page.total).toBe(figure.total);
    expect(page.rows.length).toBe(Math.min(figure.total, DRILL_PAGE_SIZE));
    expect(page.rows.filter((r) => r.hit === true).length).toBe(figure.hits);
    expect(page.rows.filter((r) => r.hit !== null).length).toBe(figure.judged);
    const csv = await figureCsvFile(actor, key, NOVEMBER, NOW, "fr");
    expect(csv.text.startsWith("\uFEFF")).toBe(true);
    const lines = csv.text.slice(1).trimEnd().split("\r\n");
    expect(lines.length - 1).toBe(figure.total);
    expect(lines.slice(1).map((l) => l.split(";")[0]).sort()).toEqual(page.rows.map((r) => r.id).sort());
  });

  it("a group's drill-down lists that group's records only", async () => {
    const page = await listFigureRecords(actors.MENTORSHIP_MANAGER, "noShow", { ...NOVEMBER, group: "SESSION_MENTORING" }, NOW);
    expect(page.total).toBe(3);
    expect(page.rows.every((r) => r.grp === "SESSION_MENTORING")).toBe(true);
  });
});

describe("scoping", () => {
  it("an advisor counts their own caseload only, whatever advisor the query names", async () => {
    for (const key of FIGURE_KEYS) {
      const { rows } = await listAllFigureRecords(actors.ADVISOR, key, { ...NOVEMBER, advisor: ids.advisorB }, NOW);
      expect(rows.every((r) => r.learner_id === ids.l1 || r.learner_id === ids.l2), key).toBe(true);
    }
    expect(total(await getFigure(actors.ADVISOR, "alertContact", NOVEMBER, NOW)).total).toBe(2);
  });

  it("the Mentorship Manager filters by advisor", async () => {
    const { rows } = await listAllFigureRecords(actors.MENTORSHIP_MANAGER, "alertContact", { ...NOVEMBER, advisor: ids.advisorB }, NOW);
    expect(rows.map((r) => r.learner_id)).toEqual([ids.l3]);
  });

  it("the RQTH topic is kept from roles that may not read it, in records and CSV; the learner's advisor sees it", async () => {
    const manager = await listAllFigureRecords(actors.MENTORSHIP_MANAGER, "topics", NOVEMBER, NOW);
    expect(manager.rows.find((r) => r.id === ids.rqthRequest)?.grp).toBe("LEARNER:CONFIDENTIAL");
    for (const role of ["MENTORSHIP_MANAGER", "ADMIN"] as const) {
      const csv = await figureCsvFile(actors[role], "topics", NOVEMBER, NOW, "fr");
      expect(csv.text).not.toMatch(/RQTH/);
      expect(csv.text).toContain("Sujet confidentiel");
    }
    const advisor = await listAllFigureRecords(actors.ADVISOR, "topics", NOVEMBER, NOW);
    expect(advisor.rows.find((r) => r.id === ids.rqthRequest)?.grp).toBe("LEARNER:RQTH");
  });

  it("the report gives every figure and a trend per period", async () => {
    const report = await getReport(actors.MENTORSHIP_MANAGER, NOVEMBER, NOW);
    expect(Object.keys(report.figures).sort()).toEqual([...FIGURE_KEYS].sort());
    expect(report.trends.alertContact.map((p) => p.period)).toEqual(["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]);
    expect(report.trends.alertContact.at(-1)).toMatchObject({ total: 3, hits: 2 });
  });
});

describe("working hours in SQL (the calendar table) agree with lib/domain/sla.ts", () => {
  it("over DST, Easter Monday, 1 and 8 May, Ascension, nights and weekends", async () => {
    const client = db();
    const path = await client.trainingPath.create({ data: { code: `WH-${Date.now()}`, name: "Working hours", durationWeeks: 10 } });
    const learner = await createLearner(client, { advisorId: ids.advisorA, trainingPathId: path.id });
    // Deterministic pseudo-random instants: created in March 2026, answered up to ten weeks later.
    let seed = 20_260_301;
    const next = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    const pairs = Array.from({ length: 40 }, () => {
      const created = new Date(Date.UTC(2026, 2, 1) + Math.floor(next() * 30 * 86_400_000));
      return { created, answered: new Date(created.getTime() + Math.floor(next() * 70 * 86_400_000)) };
    });
    pairs.push({ created: at("2026-03-27T15:30:00Z"), answered: at("2026-03-30T07:30:00Z") }); // across the DST change
    pairs.push({ created: at("2026-03-31T12:00:00Z"), answered: at("2026-05-15T12:00:00Z") }); // Easter Monday, 1 and 8 May, Ascension
    for (const [i, p] of pairs.entries()) {
      await createRequest(client, { learnerId: learner.id, createdAt: p.created, firstResponseAt: p.answered, idempotencyKey: `wh-${i}` });
    }
    const { rows } = await listAllFigureRecords(actors.MENTORSHIP_MANAGER, "firstResponse", { period: "2026-03", path: path.id }, NOW);
    expect(rows).toHaveLength(pairs.length);
    for (const row of rows) expect(row.value, `${row.at.toISOString()} → ${row.other?.toISOString()}`).toBeCloseTo(workingHoursBetween(row.at, row.other!), 6);
  });
});
