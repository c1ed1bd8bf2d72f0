// Triage against PostgreSQL: the access matrix of every inbox, thread and
// action function × role, scoping, optimistic locking under 50 concurrent
// reassignments, the closed loop with the mentor, and internal notes that
// never reach a requester.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Role } from "@prisma/client";
import { freshDatabase } from "./db";
import { createLearner, createRequest, createUser, FILE_ANEW } from "@/tests/factories";
import { NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { Refusal } from "@/lib/server/errors";
import { countInboxQueues, listInbox, staffScope } from "@/lib/server/data/inbox";
import { getRequestThread, listAssignees } from "@/lib/server/data/request-thread";
import { addInternalNote, addStaffReplyInTx, changeRequestStatus, forwardToLearnerAdvisor, loadStaffRequest, reassignRequest, replyToRequest } from "@/lib/server/data/triage";
import { getMyRequest, listMyRequests, replyToMyRequest } from "@/lib/server/data/my-requests";
import { fileMentorAlert } from "@/lib/server/data/contact";
import { parseInboxFilters } from "@/lib/domain/inbox";
import { runAs } from "@/lib/server/actions/client";
import { forwardAction, reassignAction, replyAction, statusAction } from "@/lib/server/actions/triage";
import { actorOf, describeAccessMatrix, expectEveryExportCovered, type AccessRow } from "./support/access";

// The actions revalidate both staff spaces; outside a Next.js request that is a no-op to observe.
const revalidatePath = vi.hoisted(() => vi.fn());
vi.mock("next/cache", () => ({ revalidatePath }));

const db = freshDatabase();
const actors = {} as Record<Role, Actor>;
let learnerId = "";
let advisor2: Actor;
const STAFF = ["SUPPORT", "MENTORSHIP_MANAGER", "ADVISOR"] as const;

async function alert(subject = "Alerte") {
  return fileMentorAlert(actors.MENTOR, {
    topic: "DISENGAGEMENT_RISK",
    learnerId,
    subject,
    message: "Plus de nouvelles depuis deux semaines.",
    idempotencyKey: randomUUID(),
    ...FILE_ANEW,
  });
}
const version = async (id: string) => (await db().supportRequest.findUniqueOrThrow({ where: { id } })).version;

beforeAll(async () => {
  const client = db();
  const advisor = await createUser(client, { role: "ADVISOR" });
  const mentor = await createUser(client, { role: "MENTOR" });
  const learner = await createLearner(client, { advisorId: advisor.id, mentorId: mentor.id });
  learnerId = learner.id;
  actors.ADVISOR = actorOf(advisor);
  actors.MENTOR = actorOf(mentor);
  actors.LEARNER = actorOf(learner.user);
  for (const role of ["SUPPORT", "MENTORSHIP_MANAGER", "ADMIN", "DISABILITY_REFERENT"] as const) actors[role] = actorOf(await createUser(client, { role }));
  advisor2 = actorOf(await createUser(client, { role: "ADVISOR" }));
});

describe("triage access matrix", () => {
  // A learner request assigned to the learner's advisor: every staff role may act on it.
  let id = "";
  beforeAll(async () => {
    id = (await createRequest(db(), { learnerId, topic: "EXTRA_SESSIONS" })).id;
  });
  const MATRIX: AccessRow[] = [
    { name: "staffScope", call: async (a) => staffScope(a), allowed: STAFF },
    { name: "listInbox", call: (a) => listInbox(a, parseInboxFilters({})), allowed: STAFF },
    { name: "countInboxQueues", call: (a) => countInboxQueues(a), allowed: STAFF },
    { name: "getRequestThread", call: (a) => getRequestThread(a, id), allowed: STAFF },
    { name: "listAssignees", call: (a) => listAssignees(a), allowed: STAFF },
    { name: "replyToRequest", call: (a) => replyToRequest(a, { id, body: "Réponse" }), allowed: STAFF },
    { name: "loadStaffRequest", call: (a) => loadStaffRequest(a, id), allowed: STAFF },
    {
      name: "addStaffReplyInTx",
      call: async (a) => {
        const request = await loadStaffRequest(actors.SUPPORT, id);
        return db().$transaction((tx) => addStaffReplyInTx(tx, a, request, "Réponse par email", new Date()));
      },
      allowed: STAFF,
    },
    { name: "addInternalNote", call: (a) => addInternalNote(a, { id, body: "Note" }), allowed: STAFF },
    { name: "changeRequestStatus", call: async (a) => changeRequestStatus(a, { id, version: await version(id), status: "IN_PROGRESS" }), allowed: STAFF },
    {
      name: "reassignRequest",
      call: async (a) => reassignRequest(a, { id, version: await version(id), target: actors.ADVISOR.id, reason: "Retour au conseiller" }),
      allowed: STAFF,
    },
    { name: "forwardToLearnerAdvisor", call: async (a) => forwardToLearnerAdvisor(a, { id, version: await version(id) }), allowed: STAFF },
  ];
  describeAccessMatrix(MATRIX, (role) => actors[role]);

  it("every exported function of inbox.ts, request-thread.ts and triage.ts has a row", async () => {
    await expectEveryExportCovered(
      import.meta.glob([
        "../../lib/server/data/inbox.ts",
        "../../lib/server/data/request-fields.ts",
        "../../lib/server/data/request-thread.ts",
        "../../lib/server/data/triage.ts",
      ]),
      MATRIX,
      // Inside a follow-up case's closing transaction, which checked the advisor first;
      // the fields a status change writes (a pure helper of the status form, bulk actions and macros).
      ["resolveRequestsInTx", "statusChange"],
    );
  });
});

describe("who sees which request", () => {
  it("an advisor sees requests assigned to them or about their learners, and nothing else", async () => {
    const mine = await alert("Au sujet de mon apprenant");
    const stranger = await createLearner(db(), { advisorId: advisor2.id });
    const other = await createRequest(db(), { learnerId: stranger.id, topic: "ADMIN_SUPPORT" });
    await expect(getRequestThread(actors.ADVISOR, mine.id)).resolves.toMatchObject({ id: mine.id });
    await expect(getRequestThread(actors.ADVISOR, other.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(replyToRequest(actors.ADVISOR, { id: other.id, body: "x" })).rejects.toBeInstanceOf(NotFoundError);
    const open = await listInbox(actors.ADVISOR, parseInboxFilters({ queue: "open" }));
    expect(open.items.map((r) => r.id)).toContain(mine.id);
    expect(open.items.map((r) => r.id)).not.toContain(other.id);
  });

  it("support and the manager see all; only support reads the confidential part", async () => {
    const filed = await fileMentorAlert(actors.MENTOR, {
      topic: "UPCOMING_ABSENCE",
      learnerId,
      subject: "Hospitalisation",
      message: "Absent la semaine prochaine.",
      absenceKind: "HOSPITAL",
      startDate: "2026-12-01",
      endDate: "2026-12-04",
      healthDetails: "SENSITIVE-MARKER-5d1e",
      idempotencyKey: randomUUID(),
      ...FILE_ANEW,
    });
    const forSupport = await getRequestThread(actors.SUPPORT, filed.id);
    expect(forSupport.sensitive).toMatchObject({ healthDetails: "SENSITIVE-MARKER-5d1e" });
    const forManager = await getRequestThread(actors.MENTORSHIP_MANAGER, filed.id);
    expect(forManager.sensitive).toBeNull();
    expect(forManager.sensitiveHidden).toBe(true);
    expect(JSON.stringify(forManager)).not.toContain("SENSITIVE-MARKER-5d1e");
    const forAdvisor = await getRequestThread(actors.ADVISOR, filed.id);
    expect(forAdvisor.sensitive).toMatchObject({ healthDetails: "SENSITIVE-MARKER-5d1e" });
  });
});

describe("reassignment", () => {
  it("forwarding a mentor alert assigns it to the learner's advisor, emails them, and records the move", async () => {
    const filed = await alert("À transmettre");
    await forwardToLearnerAdvisor(actors.SUPPORT, { id: filed.id, version: 1 });
    const request = await db().supportRequest.findUniqueOrThrow({ where: { id: filed.id } });
    expect(request).toMatchObject({ assigneeId: actors.ADVISOR.id, queue: "ADVISOR", version: 2 });
    const event = await db().requestEvent.findFirstOrThrow({ where: { requestId: filed.id, type: "REASSIGNED" } });
    expect(event).toMatchObject({ actorId: actors.SUPPORT.id, fromAssigneeId: null, toAssigneeId: actors.ADVISOR.id, visibility: "INTERNAL" });
    expect(await db().emailOutbox.count({ where: { toAddress: actors.ADVISOR.email, template: "request.reassigned" } })).toBeGreaterThan(0);
  });

  it("forwarding with a note: the note becomes an internal note on the thread and goes in the advisor's email, the move keeps both queues", async () => {
    const filed = await alert("Transmise avec une note");
    await runAs(actors.SUPPORT, () => forwardAction({ id: filed.id, version: 1, note: "Appeler avant jeudi.\nLe mentor est inquiet." }));
    // Staff events only: not the mentor's own duplicate note (FILE_ANEW).
    const events = await db().requestEvent.findMany({ where: { requestId: filed.id, actorId: { not: actors.MENTOR.id }, type: { in: ["REASSIGNED", "INTERNAL_NOTE"] } }, orderBy: { type: "asc" } });
    expect(events.map((e) => [e.type, e.visibility, e.body])).toEqual([
      ["REASSIGNED", "INTERNAL", null],
      ["INTERNAL_NOTE", "INTERNAL", "Appeler avant jeudi.\nLe mentor est inquiet."],
    ]);
    expect(events[0]).toMatchObject({ fromQueue: "TRIAGE", toQueue: "ADVISOR", fromAssigneeId: null, toAssigneeId: actors.ADVISOR.id });
    const mail = await db().emailOutbox.findFirstOrThrow({ where: { toAddress: actors.ADVISOR.email, template: "request.reassigned", subject: { contains: `n° ${filed.number} ` } } });
    expect(mail.textBody).toContain("Appeler avant jeudi.");
    // The requester never reads it.
    expect(JSON.stringify(await getMyRequest(actors.MENTOR, filed.id))).not.toContain("Appeler avant jeudi");
    const thread = await getRequestThread(actors.ADVISOR, filed.id);
    expect(thread.events.find((e) => e.type === "REASSIGNED")).toMatchObject({ fromQueue: "TRIAGE", toQueue: "ADVISOR", fromAssignee: null });
  });

  it("a forward without a note writes no empty note", async () => {
    const filed = await alert("Transmise sans note");
    await forwardToLearnerAdvisor(actors.SUPPORT, { id: filed.id, version: 1, note: "   " });
    expect(await db().requestEvent.count({ where: { requestId: filed.id, actorId: { not: actors.MENTOR.id }, type: "INTERNAL_NOTE" } })).toBe(0);
    expect(await db().requestEvent.count({ where: { requestId: filed.id, type: "REASSIGNED" } })).toBe(1);
  });

  it("a bad note names the field and forwards nothing", async () => {
    const filed = await alert("Note refusée");
    for (const note of ["x".repeat(1001), "a\u0000b"]) {
      const result = await runAs(actors.SUPPORT, () => forwardAction({ id: filed.id, version: 1, note }));
      expect(result).toMatchObject({ ok: false, fieldErrors: { note: expect.stringMatching(/tooLong|controlChars/) } });
    }
    expect(await db().supportRequest.findUniqueOrThrow({ where: { id: filed.id } })).toMatchObject({ version: 1, assigneeId: null, queue: "TRIAGE" });
    expect(await db().requestEvent.count({ where: { requestId: filed.id, actorId: { not: actors.MENTOR.id }, type: { in: ["REASSIGNED", "INTERNAL_NOTE"] } } })).toBe(0);
    expect(await db().emailOutbox.count({ where: { template: "request.reassigned", subject: { contains: "Note refusée" } } })).toBe(0);
  });

  it("50 concurrent reassignments of one request: exactly one wins, the others see the change", async () => {
    const filed = await alert("Course");
    const targets = [actors.ADVISOR, advisor2, actors.SUPPORT, actors.MENTORSHIP_MANAGER];
    const outcomes = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        reassignRequest(i % 2 ? actors.SUPPORT : actors.MENTORSHIP_MANAGER, { id: filed.id, version: 1, target: targets[i % 4].id, reason: `Essai ${i}` }),
      ),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const request = await db().supportRequest.findUniqueOrThrow({ where: { id: filed.id }, include: { assignee: true } });
    expect(request.version).toBe(2);
    for (const lost of outcomes.filter((o) => o.status === "rejected")) {
      expect(lost.reason).toBeInstanceOf(Refusal);
      expect((lost.reason as Refusal).failure).toEqual({ formError: "conflict", conflict: { status: "NEW", assignee: `${request.assignee!.firstName} ${request.assignee!.lastName}` } });
    }
    expect(await db().requestEvent.count({ where: { requestId: filed.id, type: "REASSIGNED" } })).toBe(1);
  });

  it("refuses an inactive or non-staff target, and a learner without an advisor cannot be forwarded", async () => {
    const filed = await alert("Cible");
    const invalidTarget = { failure: { fieldErrors: { target: "invalidTarget" } } };
    await expect(reassignRequest(actors.SUPPORT, { id: filed.id, version: 1, target: actors.MENTOR.id, reason: "x" })).rejects.toMatchObject(invalidTarget);
    const gone = await createUser(db(), { role: "ADVISOR", active: false });
    await expect(reassignRequest(actors.SUPPORT, { id: filed.id, version: 1, target: gone.id, reason: "x" })).rejects.toMatchObject(invalidTarget);
    const orphan = await createLearner(db(), { mentorId: actors.MENTOR.id });
    const orphanAlert = await fileMentorAlert(actors.MENTOR, { topic: "DISRESPECT", learnerId: orphan.id, subject: "x", message: "y", idempotencyKey: randomUUID(), ...FILE_ANEW });
    await expect(forwardToLearnerAdvisor(actors.SUPPORT, { id: orphanAlert.id, version: 1 })).rejects.toMatchObject({ failure: { formError: "noAdvisor" } });
    expect(await version(filed.id)).toBe(1);
  });
});

describe("the actions answer one ActionResult", () => {
  it("a reply succeeds; a stale version is a conflict with the request as it is now, and the page still refreshes", async () => {
    const filed = await alert("Actions");
    await expect(runAs(actors.SUPPORT, () => replyAction({ id: filed.id, body: "Bien reçu." }))).resolves.toEqual({ ok: true, data: undefined });
    revalidatePath.mockClear();
    await expect(runAs(actors.SUPPORT, () => statusAction({ id: filed.id, version: 1, status: "CLOSED" }))).resolves.toEqual({
      ok: false,
      formError: "conflict",
      conflict: { status: "IN_PROGRESS", assignee: null },
    });
    expect(revalidatePath).toHaveBeenCalledWith("/support", "layout");
    expect(revalidatePath).toHaveBeenCalledWith("/advisor", "layout");
  });

  it("an unavailable target is the target field's refusal; no advisor is the form's", async () => {
    const filed = await alert("Refus");
    await expect(runAs(actors.SUPPORT, () => reassignAction({ id: filed.id, version: 1, target: actors.MENTOR.id, reason: "x" }))).resolves.toEqual({
      ok: false,
      fieldErrors: { target: "invalidTarget" },
    });
    const orphan = await createLearner(db(), { mentorId: actors.MENTOR.id });
    const orphanAlert = await fileMentorAlert(actors.MENTOR, { topic: "DISRESPECT", learnerId: orphan.id, subject: "x", message: "y", idempotencyKey: randomUUID(), ...FILE_ANEW });
    await expect(runAs(actors.SUPPORT, () => forwardAction({ id: orphanAlert.id, version: 1 }))).resolves.toEqual({ ok: false, formError: "noAdvisor" });
  });

  it("a request out of the actor's scope is not found", async () => {
    const stranger = await createLearner(db(), { advisorId: advisor2.id });
    const other = await createRequest(db(), { learnerId: stranger.id, topic: "ADMIN_SUPPORT" });
    await expect(runAs(actors.ADVISOR, () => replyAction({ id: other.id, body: "x" }))).resolves.toMatchObject({ ok: false, notFound: true });
  });
});

describe("the loop with the mentor", () => {
  it("forwarded, answered and resolved by the advisor: the mentor is told once, in the portal and by email", async () => {
    const filed = await alert("Boucle");
    await forwardToLearnerAdvisor(actors.SUPPORT, { id: filed.id, version: 1 });
    await replyToRequest(actors.ADVISOR, { id: filed.id, body: "J'ai appelé l'apprenant." });
    let request = await db().supportRequest.findUniqueOrThrow({ where: { id: filed.id } });
    expect(request.status).toBe("IN_PROGRESS");
    expect(request.firstResponseAt).not.toBeNull();
    await changeRequestStatus(actors.ADVISOR, { id: filed.id, version: request.version, status: "RESOLVED" });
    request = await db().supportRequest.findUniqueOrThrow({ where: { id: filed.id } });
    expect(request.loopClosedAt).not.toBeNull();
    expect(request.resolvedAt).not.toBeNull();
    await changeRequestStatus(actors.ADVISOR, { id: filed.id, version: request.version, status: "CLOSED" });
    expect(await db().emailOutbox.count({ where: { toAddress: actors.MENTOR.email, template: "alert.loop-closed", subject: { contains: `n° ${filed.number} ` } } })).toBe(1);
    const mentorView = await listMyRequests(actors.MENTOR);
    expect(mentorView.find((r) => r.id === filed.id)?.loopClosedAt).not.toBeNull();
  });

  it("a stale status change is a conflict and changes nothing", async () => {
    const filed = await alert("Statut");
    await changeRequestStatus(actors.SUPPORT, { id: filed.id, version: 1, status: "IN_PROGRESS" });
    await expect(changeRequestStatus(actors.MENTORSHIP_MANAGER, { id: filed.id, version: 1, status: "CLOSED" })).rejects.toMatchObject({
      failure: { formError: "conflict", conflict: { status: "IN_PROGRESS", assignee: null } },
    });
    expect((await db().supportRequest.findUniqueOrThrow({ where: { id: filed.id } })).status).toBe("IN_PROGRESS");
  });

  it("a reply from the requester reopens a request waiting for them and tells the assignee", async () => {
    const request = await createRequest(db(), { learnerId, topic: "ADMIN_SUPPORT", status: "WAITING_FOR_REQUESTER" });
    await replyToMyRequest(actors.LEARNER, { id: request.id, body: "Voici le document demandé." });
    expect((await db().supportRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("IN_PROGRESS");
    expect(await db().emailOutbox.count({ where: { toAddress: actors.ADVISOR.email, template: "request.requester-reply" } })).toBe(1);
  });
});

describe("internal notes", () => {
  it("never reach the learner or the mentor, in any response", async () => {
    const MARKER = "INTERNAL-NOTE-MARKER-8b47";
    const learnerRequest = await createRequest(db(), { learnerId, topic: "EXTRA_RESOURCES" });
    const mentorAlert = await alert("Note interne");
    for (const id of [learnerRequest.id, mentorAlert.id]) {
      await addInternalNote(actors.SUPPORT, { id, body: MARKER });
      await replyToRequest(actors.SUPPORT, { id, body: "Réponse visible" });
    }
    const seen = JSON.stringify([
      await listMyRequests(actors.LEARNER),
      await getMyRequest(actors.LEARNER, learnerRequest.id),
      await listMyRequests(actors.MENTOR),
      await getMyRequest(actors.MENTOR, mentorAlert.id),
    ]);
    expect(seen).toContain("Réponse visible");
    expect(seen).not.toContain(MARKER);
    expect(JSON.stringify(await getRequestThread(actors.SUPPORT, learnerRequest.id))).toContain(MARKER);
    const mails = await db().emailOutbox.findMany({ where: { OR: [{ textBody: { contains: MARKER } }, { htmlBody: { contains: MARKER } }] } });
    expect(mails).toEqual([]);
  });
});

describe("inbox", () => {
  it("sorts by priority then age, and keyset pages are stable under inserts", async () => {
    const filters = parseInboxFilters({ queue: "open" });
    const all: string[] = [];
    let page = await listInbox(actors.SUPPORT, filters);
    all.push(...page.items.map((r) => r.id));
    // A new urgent request arrives between two pages: it must not shift the next page.
    await alert("Arrivée entre deux pages");
    while (page.nextCursor) {
      page = await listInbox(actors.SUPPORT, { ...filters, after: page.nextCursor });
      all.push(...page.items.map((r) => r.id));
    }
    expect(new Set(all).size).toBe(all.length);
    const rows = await db().supportRequest.findMany({ where: { id: { in: all } }, select: { id: true, priority: true, createdAt: true } });
    const rank = { URGENT: 0, HIGH: 1, NORMAL: 2, LOW: 3 };
    const ordered = all.map((id) => rows.find((r) => r.id === id)!);
    for (let i = 1; i < ordered.length; i++) {
      const [a, b] = [ordered[i - 1], ordered[i]];
      expect(rank[a.priority] < rank[b.priority] || (rank[a.priority] === rank[b.priority] && a.createdAt <= b.createdAt)).toBe(true);
    }
  });

  it("filters by topic, side, search on learner name and subject, and overdue", async () => {
    const learner = await db().user.findUniqueOrThrow({ where: { id: learnerId } });
    const bySearch = await listInbox(actors.SUPPORT, parseInboxFilters({ queue: "open", q: learner.lastName.toUpperCase() }));
    expect(bySearch.items.length).toBeGreaterThan(0);
    expect(bySearch.items.every((r) => r.learner.userId === learnerId)).toBe(true);
    const bySubject = await listInbox(actors.SUPPORT, parseInboxFilters({ queue: "open", q: "Boucle" }));
    expect(bySubject.items.every((r) => r.subject.includes("Boucle"))).toBe(true);
    const mentorOnly = await listInbox(actors.SUPPORT, parseInboxFilters({ queue: "open", side: "MENTOR" }));
    expect(mentorOnly.items.every((r) => r.side === "MENTOR")).toBe(true);
    const late = await createRequest(db(), { learnerId, topic: "OTHER", createdAt: new Date("2026-01-05T09:00:00Z"), firstResponseDueAt: new Date("2026-01-06T09:00:00Z") });
    const overdue = await listInbox(actors.SUPPORT, parseInboxFilters({ queue: "open", overdue: "1" }));
    expect(overdue.items.map((r) => r.id)).toContain(late.id);
    const counts = await countInboxQueues(actors.SUPPORT);
    expect(counts.open).toBeGreaterThan(0);
    expect(counts.advisors.map((a) => a.id)).toContain(actors.ADVISOR.id);
  });
});
