// The team's daily tools against PostgreSQL (issue 15, part A): the access matrix
// of every function × role; canned replies rendered from the request (never a
// health or RQTH detail) and unknown variables refused; "je la prends" and the
// priority with its reason; macros in one transaction; bulk changes with each
// row under its own lock; merge (threads, deadlines, the requester told) and links.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Role } from "@prisma/client";
import { freshDatabase } from "./db";
import { createLearner, createRequest, createUser } from "@/tests/factories";
import type { Actor } from "@/lib/server/auth/actor";
import { Refusal } from "@/lib/server/errors";
import { cannedRepliesForRequest, createCannedReply, deleteCannedReply, getCannedReply, listCannedReplies, templateValuesFor, updateCannedReply } from "@/lib/server/data/canned-replies";
import { createMacro, deleteMacro, getMacro, listMacros, runMacro, updateMacro } from "@/lib/server/data/macros";
import { bulkUpdateRequests, changeRequestPriority, takeRequest } from "@/lib/server/data/request-tools";
import { getRequestRelations, linkRequests, mergeRequest, unlinkRequests } from "@/lib/server/data/request-merge";
import { deleteSavedView, getTeamTools, saveInboxView } from "@/lib/server/data/saved-views";
import { getRequestThread, listAssignees } from "@/lib/server/data/request-thread";
import { listMyRequests } from "@/lib/server/data/my-requests";
import { runAs } from "@/lib/server/actions/client";
import { createCannedReplyAction } from "@/lib/server/actions/team-tools";
import { actorOf, describeAccessMatrix, expectEveryExportCovered, type AccessRow } from "./support/access";

const revalidatePath = vi.hoisted(() => vi.fn());
vi.mock("next/cache", () => ({ revalidatePath }));

const db = freshDatabase();
const actors = {} as Record<Role, Actor>;
let learnerId = "";
let otherLearnerId = "";
const STAFF = ["SUPPORT", "MENTORSHIP_MANAGER", "ADVISOR"] as const;
const TRIAGE = ["SUPPORT", "MENTORSHIP_MANAGER"] as const;
const version = async (id: string) => (await db().supportRequest.findUniqueOrThrow({ where: { id } })).version;
const request = (id: string) => db().supportRequest.findUniqueOrThrow({ where: { id } });
/** A learner request about the shared learner (assigned to their advisor). */
const learnerRequest = (over: Parameters<typeof createRequest>[1] | object = {}) => createRequest(db(), { learnerId, topic: "ADMIN_SUPPORT", ...over });
const mentorAlert = (over: object = {}) => createRequest(db(), { learnerId, authorId: actors.MENTOR.id, topic: "DISENGAGEMENT_RISK", ...over });
const refusalOf = (work: Promise<unknown>) => work.then(() => null, (error: unknown) => (error instanceof Refusal ? error.failure : Promise.reject(error)));

beforeAll(async () => {
  const client = db();
  const advisor = await createUser(client, { role: "ADVISOR", firstName: "Karim", lastName: "Benali" });
  const mentor = await createUser(client, { role: "MENTOR", firstName: "Maud", lastName: "Mentor" });
  const learner = await createLearner(client, { advisorId: advisor.id, mentorId: mentor.id, firstName: "Léa", lastName: "Dubois" });
  learnerId = learner.id;
  actors.ADVISOR = actorOf(advisor);
  actors.MENTOR = actorOf(mentor);
  actors.LEARNER = actorOf(learner.user);
  for (const role of ["SUPPORT", "MENTORSHIP_MANAGER", "ADMIN", "DISABILITY_REFERENT"] as const) actors[role] = actorOf(await createUser(client, { role, firstName: "Sam", lastName: role }));
  otherLearnerId = (await createLearner(client, {})).id;
});

describe("team tools access matrix", () => {
  let id = "";
  let replyId = "";
  let macroId = "";
  let viewId = "";
  let otherNumber = "";
  beforeAll(async () => {
    id = (await learnerRequest()).id;
    otherNumber = String((await mentorAlert()).number);
    replyId = (await db().cannedReply.create({ data: { locale: "fr", title: "Matrice", body: "Bonjour {{learner.firstName}}" } })).id;
    macroId = (await db().macro.create({ data: { locale: "fr", title: "Matrice", status: "IN_PROGRESS" } })).id;
    viewId = (await db().savedInboxView.create({ data: { ownerId: actors.SUPPORT.id, name: "Matrice", query: "?queue=open" } })).id;
  });
  const fresh = async () => (await learnerRequest()).id;
  const MATRIX: AccessRow[] = [
    { name: "listCannedReplies", call: (a) => listCannedReplies(a), allowed: TRIAGE },
    { name: "getCannedReply", call: (a) => getCannedReply(a, replyId), allowed: TRIAGE },
    { name: "createCannedReply", call: (a) => createCannedReply(a, { title: "Essai", locale: "fr", scope: "PERSONAL", body: "Bonjour" }), allowed: TRIAGE },
    { name: "updateCannedReply", call: async (a) => updateCannedReply(a, { id: replyId, version: (await db().cannedReply.findUniqueOrThrow({ where: { id: replyId } })).version, title: "Matrice", locale: "fr", scope: "SHARED", body: "Bonjour" }), allowed: TRIAGE },
    { name: "deleteCannedReply", call: async (a) => deleteCannedReply(a, { id: (await db().cannedReply.create({ data: { locale: "fr", title: "À supprimer", body: "x" } })).id }), allowed: TRIAGE },
    { name: "templateValuesFor", call: (a) => templateValuesFor(a, id, "fr"), allowed: STAFF },
    { name: "cannedRepliesForRequest", call: (a) => cannedRepliesForRequest(a, id), allowed: STAFF },
    { name: "listMacros", call: (a) => listMacros(a), allowed: TRIAGE },
    { name: "getMacro", call: (a) => getMacro(a, macroId), allowed: ["MENTORSHIP_MANAGER"] },
    { name: "createMacro", call: (a) => createMacro(a, { title: "Essai", locale: "fr", reply: "", status: "IN_PROGRESS", assignment: "KEEP" }), allowed: ["MENTORSHIP_MANAGER"] },
    { name: "updateMacro", call: async (a) => updateMacro(a, { id: macroId, version: (await db().macro.findUniqueOrThrow({ where: { id: macroId } })).version, title: "Matrice", locale: "fr", reply: "", status: "IN_PROGRESS", assignment: "KEEP" }), allowed: ["MENTORSHIP_MANAGER"] },
    { name: "deleteMacro", call: async (a) => deleteMacro(a, { id: (await db().macro.create({ data: { locale: "fr", title: "À supprimer", status: "NEW" } })).id }), allowed: ["MENTORSHIP_MANAGER"] },
    { name: "runMacro", call: async (a) => { const r = await fresh(); return runMacro(a, { id: r, version: await version(r), macroId }); }, allowed: TRIAGE },
    { name: "takeRequest", call: async (a) => { const r = await fresh(); return takeRequest(a, { id: r, version: await version(r) }); }, allowed: STAFF },
    { name: "changeRequestPriority", call: async (a) => { const r = await fresh(); return changeRequestPriority(a, { id: r, version: await version(r), priority: "HIGH", reason: "Matrice" }); }, allowed: STAFF },
    { name: "bulkUpdateRequests", call: async (a) => { const r = await fresh(); return bulkUpdateRequests(a, { rows: [{ id: r, version: await version(r) }], operation: "priority", value: "LOW", reason: "Matrice" }); }, allowed: TRIAGE },
    { name: "mergeRequest", call: async (a) => { const r = await fresh(); return mergeRequest(a, { id: r, version: await version(r), target: String((await learnerRequest()).number) }); }, allowed: TRIAGE },
    { name: "linkRequests", call: async (a) => linkRequests(a, { id: await fresh(), other: otherNumber }), allowed: TRIAGE },
    { name: "unlinkRequests", call: async (a) => { const r = await fresh(); const o = await fresh(); await linkRequests(actors.SUPPORT, { id: r, other: String((await request(o)).number) }); return unlinkRequests(a, { id: r, otherId: o }); }, allowed: TRIAGE },
    { name: "getRequestRelations", call: (a) => getRequestRelations(a, id), allowed: STAFF },
    { name: "getTeamTools", call: (a) => getTeamTools(a), allowed: TRIAGE },
    { name: "saveInboxView", call: (a) => saveInboxView(a, { name: "Urgentes", query: "?queue=open&priority=URGENT" }), allowed: TRIAGE },
    { name: "deleteSavedView", call: async (a) => deleteSavedView(a, { id: a.id === actors.SUPPORT.id ? viewId : (await db().savedInboxView.create({ data: { ownerId: a.id, name: `v-${Math.random()}`, query: "" } })).id }), allowed: TRIAGE },
  ];
  describeAccessMatrix(MATRIX, (role) => actors[role]);

  it("every exported function of the team tools' modules has a row", async () => {
    await expectEveryExportCovered(
      import.meta.glob([
        "../../lib/server/data/canned-replies.ts",
        "../../lib/server/data/macros.ts",
        "../../lib/server/data/request-tools.ts",
        "../../lib/server/data/request-merge.ts",
        "../../lib/server/data/saved-views.ts",
      ]),
      MATRIX,
      // A template's check (no actor: the saving function checked the role) and a role's queue.
      ["assertTemplate", "queueOfRole"],
    );
  });
});

describe("canned replies", () => {
  it("render the request's variables on the server, in each reply's language, never a health or RQTH detail", async () => {
    const r = await learnerRequest({ topic: "RQTH", subject: "Aménagements", sensitive: { rqth: "Reconnaissance jusqu'en 2028", health: "Suivi médical" } });
    await db().cannedReply.createMany({
      data: [
        { locale: "fr", title: "RQTH — pièces", body: "Bonjour {{learner.firstName}}, pour la demande n° {{request.number}} ({{request.topic}}), {{advisor.name}} vous répond. {{agent.firstName}}" },
        { locale: "en", title: "RQTH — papers", body: "Hello {{learner.name}}, about {{request.subject}}." },
        { ownerId: actors.ADVISOR.id, locale: "fr", title: "Personnelle d'un autre", body: "x" },
      ],
    });
    const replies = await cannedRepliesForRequest(actors.SUPPORT, r.id);
    const fr = replies.find((x) => x.title === "RQTH — pièces")!;
    expect(fr.text).toBe(`Bonjour Léa, pour la demande n° ${r.number} (Spécificités RQTH), Karim Benali vous répond. Sam`);
    expect(replies.find((x) => x.title === "RQTH — papers")!.text).toBe("Hello Léa Dubois, about Aménagements.");
    // Another person's own reply is not offered; the requester's language comes first.
    expect(replies.map((x) => x.title)).not.toContain("Personnelle d'un autre");
    expect(replies[0]!.locale).toBe("fr");
    for (const x of replies) expect(x.text).not.toMatch(/Reconnaissance|médical/);
  });

  it("a request out of the actor's reach renders nothing: not found", async () => {
    const elsewhere = await createRequest(db(), { learnerId: otherLearnerId, topic: "ADMIN_SUPPORT" });
    await expect(cannedRepliesForRequest(actors.ADVISOR, elsewhere.id)).rejects.toThrow("request");
  });

  it("an unknown variable is a field error naming it, and nothing is written", async () => {
    const before = await db().cannedReply.count();
    const result = await runAs(actors.SUPPORT, () => createCannedReplyAction({ title: "Pause", locale: "fr", scope: "SHARED", body: "Bonjour {{learner.firstName}}, {{learner.rqth}}" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { body: "unknownVariable" }, values: { name: "learner.rqth" } });
    expect(await refusalOf(createCannedReply(actors.SUPPORT, { title: "x", locale: "fr", scope: "SHARED", body: "{{learner.firstName" }))).toMatchObject({ fieldErrors: { body: "templateUnclosed" } });
    expect(await db().cannedReply.count()).toBe(before);
  });

  it("a personal reply stays its owner's: another support member cannot read, edit or delete it", async () => {
    const other = actorOf(await createUser(db(), { role: "SUPPORT" }));
    const { id } = await createCannedReply(actors.SUPPORT, { title: "Ma formule", locale: "fr", scope: "PERSONAL", body: "Bien à vous" });
    await expect(getCannedReply(other, id)).rejects.toThrow();
    await expect(deleteCannedReply(other, { id })).rejects.toThrow();
    expect(await refusalOf(updateCannedReply(actors.SUPPORT, { id, version: 99, title: "x", locale: "fr", scope: "PERSONAL", body: "y" }))).toMatchObject({ formError: "conflict" });
  });
});

describe("je la prends, priority", () => {
  it("takes a request under its version: a stale page is a conflict, nothing changes", async () => {
    const r = await mentorAlert();
    expect(await takeRequest(actors.SUPPORT, { id: r.id, version: r.version })).toBe("taken");
    expect(await request(r.id)).toMatchObject({ assigneeId: actors.SUPPORT.id, queue: "SUPPORT", version: r.version + 1 });
    expect(await refusalOf(takeRequest(actors.MENTORSHIP_MANAGER, { id: r.id, version: r.version }))).toMatchObject({ formError: "conflict", conflict: { assignee: "Sam SUPPORT" } });
    expect(await takeRequest(actors.SUPPORT, { id: r.id, version: r.version + 1 })).toBe("already");
    expect(await db().emailOutbox.count({ where: { toAddress: actors.SUPPORT.email } })).toBe(0);
  });

  it("changes the priority with its reason in the history", async () => {
    const r = await learnerRequest();
    await changeRequestPriority(actors.ADVISOR, { id: r.id, version: r.version, priority: "URGENT", reason: "Risque d'abandon signalé au téléphone" });
    expect((await request(r.id)).priority).toBe("URGENT");
    const event = await db().requestEvent.findFirstOrThrow({ where: { requestId: r.id, type: "PRIORITY_CHANGED" } });
    expect(event).toMatchObject({ actorId: actors.ADVISOR.id, visibility: "INTERNAL", body: "Risque d'abandon signalé au téléphone", fromPriority: r.priority, toPriority: "URGENT" });
  });
});

describe("macros", () => {
  it("reply + status + assignment in one transaction, the reply rendered for the request", async () => {
    const macro = await createMacro(actors.MENTORSHIP_MANAGER, { title: "Transmis au conseiller", locale: "fr", reply: "Bonjour {{learner.firstName}}, {{advisor.name}} prend le relais.", status: "IN_PROGRESS", assignment: "LEARNER_ADVISOR" });
    const r = await learnerRequest({ queue: "SUPPORT", assigneeId: null });
    await runMacro(actors.SUPPORT, { id: r.id, version: r.version, macroId: macro.id });
    expect(await request(r.id)).toMatchObject({ status: "IN_PROGRESS", assigneeId: actors.ADVISOR.id, queue: "ADVISOR", version: r.version + 1 });
    const reply = await db().requestEvent.findFirstOrThrow({ where: { requestId: r.id, type: "REPLY" } });
    expect(reply.body).toBe("Bonjour Léa, Karim Benali prend le relais.");
    expect(await db().emailOutbox.count({ where: { toAddress: actors.LEARNER.email, subject: { contains: `n° ${r.number} ` } } })).toBeGreaterThan(0);
    expect(await db().emailOutbox.count({ where: { toAddress: actors.ADVISOR.email, subject: { contains: `n° ${r.number} ` } } })).toBe(1);
  });

  it("a stale version writes nothing: no reply, no email", async () => {
    const macro = await createMacro(actors.MENTORSHIP_MANAGER, { title: "Justificatif demandé", locale: "fr", reply: "Merci d'envoyer votre justificatif.", status: "WAITING_FOR_REQUESTER", assignment: "ACTOR" });
    const r = await learnerRequest();
    const mails = await db().emailOutbox.count();
    expect(await refusalOf(runMacro(actors.SUPPORT, { id: r.id, version: r.version + 5, macroId: macro.id }))).toMatchObject({ formError: "conflict" });
    expect(await db().requestEvent.count({ where: { requestId: r.id } })).toBe(1);
    expect(await db().emailOutbox.count()).toBe(mails);
  });

  it("refuses a macro with an unknown variable or that would do nothing", async () => {
    expect(await refusalOf(createMacro(actors.MENTORSHIP_MANAGER, { title: "x", locale: "fr", reply: "{{learner.health}}", status: "", assignment: "KEEP" }))).toMatchObject({ fieldErrors: { reply: "unknownVariable" }, values: { name: "learner.health" } });
    expect(await refusalOf(createMacro(actors.MENTORSHIP_MANAGER, { title: "x", locale: "fr", reply: " ", status: "", assignment: "KEEP" }))).toMatchObject({ formError: "macroEmpty" });
  });
});

describe("bulk actions", () => {
  it("changes each row under its own lock and reports what changed and what conflicted", async () => {
    const a = await learnerRequest();
    const b = await learnerRequest();
    const c = await learnerRequest({ priority: "HIGH" });
    // Someone else changes b after the page was read.
    await changeRequestPriority(actors.ADVISOR, { id: b.id, version: b.version, priority: "LOW", reason: "Moins pressé" });
    const summary = await bulkUpdateRequests(actors.SUPPORT, {
      rows: [
        { id: a.id, version: a.version },
        { id: b.id, version: b.version },
        { id: c.id, version: c.version },
      ],
      operation: "priority",
      value: "HIGH",
      reason: "Campagne de relance",
    });
    expect(summary).toEqual({ changed: [a.number], unchanged: [c.number], conflicts: [{ number: b.number, status: "NEW", assignee: "Karim Benali" }], refused: [] });
    expect((await request(a.id)).priority).toBe("HIGH");
    expect((await request(b.id)).priority).toBe("LOW");
  });

  it("assigns and sets statuses in bulk; a row out of reach makes the whole action not found", async () => {
    const a = await mentorAlert();
    const b = await mentorAlert();
    const assigned = await bulkUpdateRequests(actors.MENTORSHIP_MANAGER, { rows: [a, b].map((r) => ({ id: r.id, version: r.version })), operation: "assign", value: "LEARNER_ADVISOR", reason: "" });
    expect(assigned.changed.sort()).toEqual([a.number, b.number].sort());
    expect((await request(a.id)).assigneeId).toBe(actors.ADVISOR.id);
    const status = await bulkUpdateRequests(actors.SUPPORT, { rows: [{ id: a.id, version: await version(a.id) }], operation: "status", value: "RESOLVED", reason: "" });
    expect(status.changed).toEqual([a.number]);
    expect(await refusalOf(bulkUpdateRequests(actors.SUPPORT, { rows: [{ id: a.id, version: 1 }], operation: "assign", value: actors.LEARNER.id, reason: "" }))).toMatchObject({ fieldErrors: { value: "invalidTarget" } });
    await expect(bulkUpdateRequests(actors.SUPPORT, { rows: [{ id: "nope0000", version: 1 }], operation: "status", value: "NEW", reason: "" })).rejects.toThrow();
  });
});

describe("merge and link", () => {
  it("merges a mentor alert into the learner's request: threads in time order, earliest deadlines, the mentor told, the alert points to its target", async () => {
    const alertAt = new Date("2026-11-23T09:00:00Z");
    const alert = await mentorAlert({ subject: "Léa ne répond plus", createdAt: alertAt, priority: "URGENT", firstResponseDueAt: new Date("2026-11-23T13:00:00Z"), resolutionDueAt: new Date("2026-11-25T09:00:00Z") });
    const target = await learnerRequest({ subject: "Besoin d'une pause", createdAt: new Date("2026-11-24T09:00:00Z") });
    await db().requestEvent.create({ data: { requestId: target.id, actorId: actors.LEARNER.id, type: "REPLY", visibility: "PUBLIC", body: "Je reviens lundi.", createdAt: new Date("2026-11-24T10:00:00Z") } });
    await db().requestEvent.create({ data: { requestId: alert.id, actorId: actors.MENTOR.id, type: "REPLY", visibility: "PUBLIC", body: "Toujours rien.", createdAt: new Date("2026-11-23T15:00:00Z") } });

    await mergeRequest(actors.SUPPORT, { id: alert.id, version: alert.version, target: `n° ${target.number}` });

    expect(await request(alert.id)).toMatchObject({ status: "CLOSED", mergedIntoId: target.id, loopClosedAt: null });
    expect(await request(target.id)).toMatchObject({ priority: "URGENT", firstResponseDueAt: new Date("2026-11-23T13:00:00Z"), resolutionDueAt: new Date("2026-11-25T09:00:00Z") });
    const relations = await getRequestRelations(actors.SUPPORT, target.id);
    expect(relations.mergedFrom.map((m) => m.number)).toEqual([alert.number]);
    expect((await getRequestRelations(actors.SUPPORT, alert.id)).mergedInto?.number).toBe(target.number);
    expect(relations.mergedFrom[0]!.events.map((e) => e.body).filter(Boolean)).toContain("Toujours rien.");
    // The mentor is told; the learner is not told about the mentor's alert.
    const mentorMail = await db().emailOutbox.findFirstOrThrow({ where: { template: "request.merged", toAddress: actors.MENTOR.email } });
    expect(mentorMail.subject).toContain(`n° ${alert.number} `);
    expect(mentorMail.textBody).not.toContain(`n° ${target.number}`);
    expect(await db().emailOutbox.count({ where: { template: "request.merged", toAddress: actors.LEARNER.email, OR: [{ subject: { contains: `n° ${alert.number} ` } }, { subject: { contains: `n° ${target.number} ` } }] } })).toBe(0);
    // The learner's own view of their requests shows nothing of the alert.
    const mine = await listMyRequests(actors.LEARNER);
    expect(JSON.stringify(mine)).not.toContain("Toujours rien.");
    // A second merge of the same alert is refused; so is a merge into the closed one.
    expect(await refusalOf(mergeRequest(actors.SUPPORT, { id: alert.id, version: alert.version + 1, target: String(target.number) }))).toMatchObject({ fieldErrors: { target: "mergeSourceMerged" } });
    const dup = await learnerRequest();
    expect(await refusalOf(mergeRequest(actors.SUPPORT, { id: dup.id, version: dup.version, target: String(alert.number) }))).toMatchObject({ fieldErrors: { target: "mergeTargetMerged" } });
  });

  it("a learner's duplicate tells them where their thread goes on", async () => {
    const first = await learnerRequest({ subject: "Attestation CPF" });
    const dup = await learnerRequest({ subject: "Attestation CPF (bis)" });
    await mergeRequest(actors.MENTORSHIP_MANAGER, { id: dup.id, version: dup.version, target: String(first.number) });
    const mail = await db().emailOutbox.findFirstOrThrow({ where: { template: "request.merged", toAddress: actors.LEARNER.email, subject: { contains: `n° ${dup.number} ` } } });
    expect(mail.textBody).toContain(`n° ${first.number}`);
    expect(mail.textBody).toContain(`/learner/requests/${first.id}`);
  });

  it("refuses another learner's request, an unknown number and a stale version, writing nothing", async () => {
    const mine = await learnerRequest();
    const theirs = await createRequest(db(), { learnerId: otherLearnerId, topic: "ADMIN_SUPPORT" });
    expect(await refusalOf(mergeRequest(actors.SUPPORT, { id: mine.id, version: mine.version, target: String(theirs.number) }))).toMatchObject({ fieldErrors: { target: "mergeOtherLearner" } });
    expect(await refusalOf(mergeRequest(actors.SUPPORT, { id: mine.id, version: mine.version, target: "999999999" }))).toMatchObject({ fieldErrors: { target: "requestNotFound" } });
    const target = await learnerRequest();
    expect(await refusalOf(mergeRequest(actors.SUPPORT, { id: mine.id, version: mine.version + 1, target: String(target.number) }))).toMatchObject({ formError: "conflict" });
    expect(await request(mine.id)).toMatchObject({ status: "NEW", mergedIntoId: null });
  });

  it("links a mentor alert and a learner request: shown on both, once, and unlinked", async () => {
    const alert = await mentorAlert();
    const own = await learnerRequest();
    await linkRequests(actors.SUPPORT, { id: alert.id, other: String(own.number) });
    expect((await getRequestRelations(actors.SUPPORT, alert.id)).links.map((l) => l.id)).toEqual([own.id]);
    expect((await getRequestRelations(actors.ADVISOR, own.id)).links.map((l) => l.id)).toEqual([alert.id]);
    expect(await refusalOf(linkRequests(actors.MENTORSHIP_MANAGER, { id: own.id, other: String(alert.number) }))).toMatchObject({ fieldErrors: { other: "alreadyLinked" } });
    expect(await refusalOf(linkRequests(actors.SUPPORT, { id: own.id, other: String(own.number) }))).toMatchObject({ fieldErrors: { other: "linkSelf" } });
    const thread = await getRequestThread(actors.SUPPORT, own.id);
    expect(thread.events.find((e) => e.type === "LINKED")).toMatchObject({ visibility: "INTERNAL", relatedRequest: { number: alert.number } });
    await unlinkRequests(actors.SUPPORT, { id: own.id, otherId: alert.id });
    expect((await getRequestRelations(actors.SUPPORT, alert.id)).links).toEqual([]);
  });
});

describe("saved views", () => {
  it("the inbox's team tools list the same assignees, in the same order, as a request's page", async () => {
    await createUser(db(), { role: "ADVISOR", active: false });
    const tools = await getTeamTools(actors.SUPPORT);
    expect(tools.assignees).toEqual(await listAssignees(actors.SUPPORT));
    expect(tools.assignees.length).toBeGreaterThan(0);
  });

  it("keeps only known filters, never a page cursor; one person's views are theirs", async () => {
    await saveInboxView(actors.MENTORSHIP_MANAGER, { name: "Urgentes des mentors", query: "?queue=open&priority=URGENT&side=MENTOR&after=abc&evil=1" });
    const [view] = (await getTeamTools(actors.MENTORSHIP_MANAGER)).views.filter((v) => v.name === "Urgentes des mentors");
    expect(view!.query).toBe("?queue=open&side=MENTOR&priority=URGENT");
    await saveInboxView(actors.MENTORSHIP_MANAGER, { name: "Urgentes des mentors", query: "?queue=triage" });
    expect((await getTeamTools(actors.MENTORSHIP_MANAGER)).views.filter((v) => v.name === "Urgentes des mentors").map((v) => v.query)).toEqual(["?queue=triage"]);
    await expect(deleteSavedView(actors.SUPPORT, { id: view!.id })).rejects.toThrow();
  });
});
