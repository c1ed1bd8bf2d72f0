// The authorization matrix of the foundation: every data function × every role.
// A function added to one of these modules without a row here fails the
// "every exported data function has a row" test.
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@prisma/client";
import { freshDatabase } from "./db";
import { createLearner, createSession, createUser, addDays, staffAccountInput, uniqueEmail } from "@/tests/factories";
import type { Actor } from "@/lib/server/auth/actor";
import { ROLES } from "@/lib/domain/roles";
import { actorOf, describeAccessMatrix, expectEveryExportCovered, type AccessRow } from "./support/access";
import { getLearnerHome } from "@/lib/server/data/learner-home";
import { listMentorLearners } from "@/lib/server/data/mentor-learners";
import { getCaseloadDashboard, getLearnerRisk, listCaseload } from "@/lib/server/data/caseload";
import {
  countAccounts,
  createUserAccount,
  getUserForAdmin,
  listUsersWithAssignments,
  resendInvitation,
  saveUserLocale,
  setUserActive,
  updateUserAccount,
} from "@/lib/server/data/users";
import { checkDatabase } from "@/lib/server/data/health";
import { getMyProfile, updateMyPhone } from "@/lib/server/data/profile";
import { lastAndNextSessions, heldSessionCounts } from "@/lib/server/data/session-summaries";
import { verifyCredentials } from "@/lib/server/auth/credentials";
import { GET as health } from "@/app/api/health/route";

const db = freshDatabase();

const ALL = ROLES;
const MATRIX: AccessRow[] = [
  { name: "getLearnerHome", call: (a) => getLearnerHome(a), allowed: ["LEARNER"] },
  { name: "listMentorLearners", call: (a) => listMentorLearners(a), allowed: ["MENTOR"] },
  { name: "listCaseload", call: (a) => listCaseload(a), allowed: ["ADVISOR"] },
  { name: "getCaseloadDashboard", call: (a) => getCaseloadDashboard(a), allowed: ["ADVISOR"] },
  { name: "getLearnerRisk", call: (a) => getLearnerRisk(a, actors.LEARNER.id), allowed: ["ADVISOR"] },
  { name: "listUsersWithAssignments", call: (a) => listUsersWithAssignments(a), allowed: ["ADMIN"] },
  { name: "saveUserLocale", call: (a) => saveUserLocale(a, "en"), allowed: ALL },
  { name: "countAccounts", call: (a) => countAccounts(a), allowed: ["ADMIN"] },
  { name: "getUserForAdmin", call: (a) => getUserForAdmin(a, actors.MENTOR.id), allowed: ["ADMIN"] },
  {
    name: "createUserAccount",
    call: (a) => createUserAccount(a, staffAccountInput(uniqueEmail())),
    allowed: ["ADMIN"],
  },
  {
    name: "updateUserAccount",
    call: (a) => updateUserAccount(a, actors.SUPPORT.id, staffAccountInput(actors.SUPPORT.email, "SUPPORT")),
    allowed: ["ADMIN"],
  },
  { name: "setUserActive", call: (a) => setUserActive(a, actors.MENTOR.id, true), allowed: ["ADMIN"] },
  { name: "resendInvitation", call: (a) => resendInvitation(a, actors.MENTOR.id), allowed: ["ADMIN"] },
  { name: "getMyProfile", call: (a) => getMyProfile(a), allowed: ["LEARNER", "MENTOR"] },
  { name: "updateMyPhone", call: (a) => updateMyPhone(a, "06 39 98 00 09"), allowed: ["LEARNER", "MENTOR"] },
];

// Not role-scoped on purpose: public liveness, sign-in itself, and internal
// helpers whose callers (above) have already scoped the learner ids.
// The risk read model (risk-facts.ts) is the same: the dashboard and the learner file pass it
// their scoped learners, the worker's job refreshes every stale row and returns a count.
const SYSTEM = [
  "checkDatabase",
  "findSignInAccount",
  "countDemoSignIns",
  "actorFromUserId",
  "lastAndNextSessions",
  "heldSessionCounts",
  "liveFacts",
  "computeRisk",
  "refreshRiskFacts",
  "freshAt",
  "refreshStaleRiskFacts",
];

const actors = {} as Record<Role, Actor>;

beforeAll(async () => {
  const client = db();
  const advisor = await createUser(client, { role: "ADVISOR" });
  const mentor = await createUser(client, { role: "MENTOR" });
  const learner = await createLearner(client, { advisorId: advisor.id, mentorId: mentor.id });
  actors.ADVISOR = actorOf(advisor);
  actors.MENTOR = actorOf(mentor);
  actors.LEARNER = actorOf(learner.user);
  for (const role of ["SUPPORT", "MENTORSHIP_MANAGER", "ADMIN", "DISABILITY_REFERENT"] as const) actors[role] = actorOf(await createUser(client, { role }));
});

describe("foundation authorization matrix", () => {
  describeAccessMatrix(MATRIX, (role) => actors[role]);

  it("every exported data function has a row (or is a system function)", async () => {
    await expectEveryExportCovered(
      import.meta.glob([
        "../../lib/server/data/caseload.ts",
        "../../lib/server/data/credentials.ts",
        "../../lib/server/data/demo-accounts.ts",
        "../../lib/server/data/health.ts",
        "../../lib/server/data/learner-home.ts",
        "../../lib/server/data/mentor-learners.ts",
        "../../lib/server/data/profile.ts",
        "../../lib/server/data/risk-facts.ts",
        "../../lib/server/data/session-summaries.ts",
        "../../lib/server/data/users.ts",
      ]),
      MATRIX,
      SYSTEM,
    );
  });
});

describe("scoping inside a role", () => {
  it("a mentor sees only their own learners; an advisor only their own caseload", async () => {
    const client = db();
    const otherMentor = await createUser(client, { role: "MENTOR" });
    const otherAdvisor = await createUser(client, { role: "ADVISOR" });
    const mine = await createLearner(client, { advisorId: otherAdvisor.id, mentorId: otherMentor.id });
    await createLearner(client, { advisorId: actors.ADVISOR.id, mentorId: actors.MENTOR.id });

    const mentorView = await listMentorLearners(actorOf(otherMentor));
    expect(mentorView.map((l) => l.id)).toEqual([mine.id]);
    const caseload = await listCaseload(actorOf(otherAdvisor));
    expect(caseload.map((l) => l.id)).toEqual([mine.id]);
  });

  it("the learner's sessions never carry the mentor's private note", async () => {
    const client = db();
    const learnerId = actors.LEARNER.id;
    await createSession(client, {
      learnerId,
      mentorId: actors.MENTOR.id,
      scheduledAt: addDays(new Date(), -3),
      status: "HELD",
      learnerNote: "Bravo pour la soutenance",
      privateNote: "PRIVATE-MARKER-7f3a",
    });
    await createSession(client, { learnerId, mentorId: actors.MENTOR.id, scheduledAt: addDays(new Date(), 4), status: "SCHEDULED" });
    const home = await getLearnerHome(actors.LEARNER);
    expect(home.recent[0]?.learnerNote).toBe("Bravo pour la soutenance");
    expect(home.upcoming).toHaveLength(1);
    expect(JSON.stringify(home)).not.toContain("PRIVATE-MARKER-7f3a");
    expect(home.advisor?.email).toBe(actors.ADVISOR.email);
  });

  it("the caseload counts only sessions held this week", async () => {
    const client = db();
    const advisor = await createUser(client, { role: "ADVISOR" });
    const learner = await createLearner(client, { advisorId: advisor.id, mentorId: actors.MENTOR.id, weeklyCommitment: 2 });
    const now = new Date("2026-11-26T12:00:00Z"); // a Thursday
    for (const [at, status] of [
      ["2026-11-24T09:00:00Z", "HELD"],
      ["2026-11-25T09:00:00Z", "NO_SHOW"],
      ["2026-11-20T09:00:00Z", "HELD"], // the week before
    ] as const) {
      await createSession(client, { learnerId: learner.id, mentorId: actors.MENTOR.id, scheduledAt: new Date(at), status });
    }
    const [row] = await listCaseload(actorOf(advisor), now);
    expect(row).toMatchObject({ sessionsThisWeek: 1, weeklyCommitment: 2 });
    expect(row.lastNoShowAt?.toISOString()).toBe("2026-11-25T09:00:00.000Z");
    expect(row.lastHeldAt?.toISOString()).toBe("2026-11-24T09:00:00.000Z");
  });
});

describe("sign-in and health", () => {
  it("a deactivated user cannot sign in; the right password works; the email is case-insensitive", async () => {
    const client = db();
    const user = await createUser(client, { role: "MENTOR", password: "un-mot-de-passe-long" });
    expect(await verifyCredentials(user.email.toUpperCase(), "un-mot-de-passe-long")).toEqual({ id: user.id });
    expect(await verifyCredentials(user.email, "mauvais")).toBeNull();
    expect(await verifyCredentials("inconnu@demo.test", "un-mot-de-passe-long")).toBeNull();
    await client.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await verifyCredentials(user.email, "un-mot-de-passe-long")).toBeNull();
  });

  it("/api/health answers 200 with status ok when the database answers", async () => {
    expect(await checkDatabase()).toBe(true);
    const response = await health();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("the session helpers take no query per learner", async () => {
    const empty = await lastAndNextSessions([], new Date());
    expect(empty.last.size + empty.next.size).toBe(0);
    expect((await heldSessionCounts([], new Date(), new Date())).size).toBe(0);
  });
});
