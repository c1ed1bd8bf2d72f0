// The inbox at scale, against PostgreSQL: the open flag the database generates from the
// status (every write path, raw SQL included), counts that equal a count by status on
// random sets of requests, and the accent- and case-insensitive search.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Prisma, RequestQueue, RequestStatus } from "@prisma/client";
import { freshDatabase } from "./db";
import { createLearner, createRequest, createUser } from "@/tests/factories";
import type { Actor } from "@/lib/server/auth/actor";
import { countInboxQueues, listInbox } from "@/lib/server/data/inbox";
import { parseInboxFilters } from "@/lib/domain/inbox";
import { searchKey } from "@/lib/domain/search-key";
import { actorOf } from "./support/access";

const db = freshDatabase();
let support: Actor;
let advisor: Actor;
let lea = "";
let other = "";

beforeAll(async () => {
  const client = db();
  support = actorOf(await createUser(client, { role: "SUPPORT" }));
  const advisorUser = await createUser(client, { role: "ADVISOR" });
  advisor = actorOf(advisorUser);
  const mentor = await createUser(client, { role: "MENTOR" });
  lea = (await createLearner(client, { firstName: "Léa", lastName: "Lefèvre", advisorId: advisorUser.id, mentorId: mentor.id })).id;
  other = (await createLearner(client, { firstName: "Noé", lastName: "Martin", advisorId: null, mentorId: mentor.id })).id;
});

const OPEN_STATUSES: RequestStatus[] = ["NEW", "IN_PROGRESS", "WAITING_FOR_REQUESTER"];
const isOpen = async (id: string) => (await db().supportRequest.findUniqueOrThrow({ where: { id }, select: { isOpen: true } })).isOpen;

describe("the open flag follows the status", () => {
  it("on create, update, updateMany and raw SQL, and cannot be written apart from it", async () => {
    const request = await createRequest(db(), { learnerId: lea, topic: "OTHER", status: "NEW" });
    expect(await isOpen(request.id)).toBe(true);
    await db().supportRequest.update({ where: { id: request.id }, data: { status: "RESOLVED", resolvedAt: new Date() } });
    expect(await isOpen(request.id)).toBe(false);
    await db().supportRequest.updateMany({ where: { id: request.id }, data: { status: "IN_PROGRESS", resolvedAt: null } });
    expect(await isOpen(request.id)).toBe(true);
    await db().$executeRaw`UPDATE "SupportRequest" SET status = 'CLOSED' WHERE id = ${request.id}`;
    expect(await isOpen(request.id)).toBe(false);
    // A generated column: writing it apart from the status is refused.
    await expect(db().$executeRaw`UPDATE "SupportRequest" SET "isOpen" = true WHERE id = ${request.id}`).rejects.toThrow();
    expect(await isOpen(request.id)).toBe(false);
  });
});

describe("queue counts are exact", () => {
  const QUEUES: RequestQueue[] = ["ADVISOR", "TRIAGE", "SUPPORT"];
  const STATUSES: RequestStatus[] = [...OPEN_STATUSES, "RESOLVED", "CLOSED"];

  /** The counts by the status itself, as the inbox counted before the open flag. */
  async function countByStatus(actor: Actor) {
    const open: Prisma.SupportRequestWhereInput = { status: { notIn: ["RESOLVED", "CLOSED"] } };
    const scope: Prisma.SupportRequestWhereInput =
      actor.role === "ADVISOR" ? { OR: [{ assigneeId: actor.id }, { learner: { advisorId: actor.id } }] } : {};
    const count = (where: Prisma.SupportRequestWhereInput) => db().supportRequest.count({ where: { AND: [scope, open, where] } });
    const perAdvisor = await db().supportRequest.groupBy({ by: ["assigneeId"], where: { ...open, queue: "ADVISOR", assigneeId: { not: null } }, _count: { _all: true } });
    return {
      triage: await count({ queue: { in: ["TRIAGE", "SUPPORT"] }, assigneeId: null }),
      mine: await count({ assigneeId: actor.id }),
      open: await count({}),
      advisors: actor.role === "ADVISOR" ? [] : perAdvisor.map((g) => ({ id: g.assigneeId!, count: g._count._all })).sort((a, b) => a.id.localeCompare(b.id)),
    };
  }

  it("for support and for an advisor, on random requests and status changes", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            learner: fc.constantFrom("lea", "other"),
            queue: fc.constantFrom(...QUEUES),
            assignee: fc.constantFrom("none", "advisor", "support"),
            status: fc.constantFrom(...STATUSES),
            then: fc.option(fc.constantFrom(...STATUSES), { nil: undefined }),
          }),
          { maxLength: 8 },
        ),
        async (specs) => {
          for (const s of specs) {
            const assigneeId = s.assignee === "advisor" ? advisor.id : s.assignee === "support" ? support.id : null;
            const request = await createRequest(db(), { learnerId: s.learner === "lea" ? lea : other, topic: "OTHER", queue: s.queue, assigneeId, status: s.status });
            if (s.then) await db().supportRequest.update({ where: { id: request.id }, data: { status: s.then } });
          }
          for (const actor of [support, advisor]) {
            const counts = await countInboxQueues(actor);
            const expected = await countByStatus(actor);
            expect({ ...counts, advisors: counts.advisors.map(({ id, count }) => ({ id, count })).sort((a, b) => a.id.localeCompare(b.id)) }).toEqual(expected);
          }
        },
      ),
      { numRuns: 15 },
    );
  });

  it("the open queue lists exactly the open requests", async () => {
    const seen: string[] = [];
    let page = await listInbox(support, parseInboxFilters({ queue: "open" }));
    seen.push(...page.items.map((r) => r.id));
    while (page.nextCursor) {
      page = await listInbox(support, { ...parseInboxFilters({ queue: "open" }), after: page.nextCursor });
      seen.push(...page.items.map((r) => r.id));
    }
    const open = await db().supportRequest.findMany({ where: { status: { in: OPEN_STATUSES } }, select: { id: true } });
    expect(seen.sort()).toEqual(open.map((r) => r.id).sort());
  });
});

describe("search ignores accents and case", () => {
  it('"lea" finds Léa, "LEFEVRE" finds Lefèvre, "defense" finds a subject with "Défense"', async () => {
    // Urgent, so it leads the first page whatever the random requests above left open for Léa.
    const mine = await createRequest(db(), { learnerId: lea, topic: "OTHER", subject: "Question sur la soutenance", status: "NEW", priority: "URGENT" });
    const subject = await createRequest(db(), { learnerId: other, topic: "OTHER", subject: "Défense du projet Œuvre", status: "NEW" });
    const search = async (q: string) => (await listInbox(support, parseInboxFilters({ queue: "open", q }))).items.map((r) => r.id);
    expect(await search("lea")).toContain(mine.id);
    expect(await search("LEFEVRE")).toContain(mine.id);
    expect(await search("léa lefèvre")).toContain(mine.id);
    expect(await search("lea")).not.toContain(subject.id);
    expect(await search("defense")).toEqual([subject.id]);
    expect(await search("oeuvre")).toEqual([subject.id]);
    expect(await search("DÉFENSE projet")).toEqual([subject.id]);
  });

  it("a renamed learner is found under the new name only", async () => {
    const learner = await createLearner(db(), { firstName: "Zoé", lastName: "Dupont", advisorId: null });
    const request = await createRequest(db(), { learnerId: learner.id, topic: "OTHER", status: "NEW" });
    await db().user.update({ where: { id: learner.id }, data: { lastName: "Château" } });
    const search = async (q: string) => (await listInbox(support, parseInboxFilters({ queue: "open", q }))).items.map((r) => r.id);
    expect(await search("chateau")).toContain(request.id);
    expect(await search("dupont")).not.toContain(request.id);
  });

  it("the word is folded as the database folds the keys", async () => {
    const words = ["Léa", "LEFÈVRE", "Œuvre", "Ærø", "straße", "Noël", "ÇA", "Hélène-Zoé"];
    for (const word of words) {
      const [{ key }] = await db().$queryRaw<{ key: string }[]>`SELECT "searchFold"(${word}) AS key`;
      expect(searchKey(word)).toBe(key);
    }
  });
});
