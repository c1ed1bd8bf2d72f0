// The Mentorship Manager's home against PostgreSQL: access, backlog and SLA breaches per
// advisor, alerts per mentor and ISO week (Paris), mentors with their learners.
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@prisma/client";
import { freshDatabase } from "./db";
import { addDays, createLearner, createRequest, createUser } from "@/tests/factories";
import type { Actor } from "@/lib/server/auth/actor";
import { getManagerOverview } from "@/lib/server/data/manager-overview";
import { actorOf, describeAccessMatrix, expectEveryExportCovered, type AccessRow } from "./support/access";

const db = freshDatabase();
const actors = {} as Record<Role, Actor>;
const NOW = new Date("2026-12-03T09:00:00Z"); // Thursday of week 2026-W49

beforeAll(async () => {
  for (const role of ["LEARNER", "MENTOR", "ADVISOR", "SUPPORT", "MENTORSHIP_MANAGER", "ADMIN", "DISABILITY_REFERENT"] as const) actors[role] = actorOf(await createUser(db(), { role }));
});

describe("manager overview access matrix", () => {
  const MATRIX: AccessRow[] = [{ name: "getManagerOverview", call: (a) => getManagerOverview(a, NOW), allowed: ["MENTORSHIP_MANAGER"] }];
  describeAccessMatrix(MATRIX, (role) => actors[role]);
  it("covers every export", async () => {
    await expectEveryExportCovered(import.meta.glob("../../lib/server/data/manager-overview.ts"), MATRIX);
  });
});

describe("the overview", () => {
  it("counts each advisor's backlog and breaches, and each mentor's alerts per week", async () => {
    const client = db();
    const advisor = await createUser(client, { role: "ADVISOR", firstName: "Anne", lastName: "Retard" });
    const mentor = await createUser(client, { role: "MENTOR", firstName: "Marc", lastName: "Alerte" });
    const learner = await createLearner(client, { advisorId: advisor.id, mentorId: mentor.id, firstName: "Léo", lastName: "Suivi" });
    // Open and late on its first response; open and on time; waiting; resolved (not counted).
    await createRequest(client, { learnerId: learner.id, createdAt: addDays(NOW, -10), firstResponseDueAt: addDays(NOW, -8), resolutionDueAt: addDays(NOW, -1) });
    await createRequest(client, { learnerId: learner.id, createdAt: addDays(NOW, -1), firstResponseDueAt: addDays(NOW, 1), resolutionDueAt: addDays(NOW, 5) });
    await createRequest(client, { learnerId: learner.id, status: "WAITING_FOR_REQUESTER", createdAt: addDays(NOW, -3) });
    await createRequest(client, { learnerId: learner.id, status: "RESOLVED", createdAt: addDays(NOW, -20) });
    // Alerts: two this week (one on Monday 00:30 Paris = Sunday 23:30 UTC), one three weeks ago, one ten weeks ago (out).
    for (const at of ["2026-11-30T23:30:00Z", "2026-12-02T10:00:00Z", "2026-11-12T10:00:00Z", "2026-09-24T10:00:00Z"]) {
      await createRequest(client, { learnerId: learner.id, authorId: mentor.id, createdAt: new Date(at) });
    }

    const overview = await getManagerOverview(actors.MENTORSHIP_MANAGER, NOW);
    expect(overview.weeks.map((w) => w.isoWeek)).toEqual(["2026-W42", "2026-W43", "2026-W44", "2026-W45", "2026-W46", "2026-W47", "2026-W48", "2026-W49"]);
    const row = overview.backlog.find((b) => b.id === advisor.id)!;
    expect(row).toMatchObject({ name: "Anne Retard", open: 3, newCount: 2, waiting: 1, firstResponseLate: 1, resolutionLate: 1 });
    expect(overview.backlog[0].id).toBe(advisor.id);

    const m = overview.mentors.find((x) => x.id === mentor.id)!;
    expect(m.alertsByWeek).toEqual([0, 0, 0, 0, 1, 0, 0, 2]);
    expect(m.alertsTotal).toBe(3);
    expect(m.learners).toEqual([{ id: learner.id, name: "Léo Suivi" }]);
    expect(m.recentAlerts).toHaveLength(3);
    expect(m.recentAlerts[0].learnerName).toBe("Léo Suivi");
  });
});
