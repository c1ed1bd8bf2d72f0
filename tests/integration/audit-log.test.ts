// The readable audit log against PostgreSQL: names for ids, filters by kind of action,
// person, learner and Paris days, and sensitive reads grouped one line per reader,
// learner, kind and day.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "./db";
import { createLearner, createRequest, createTrainingPath, createUser } from "@/tests/factories";
import type { Actor } from "@/lib/server/auth/actor";
import { exportAuditLog, listAuditLog, listSensitiveReads } from "@/lib/server/data/audit";
import { actorOf } from "./support/access";

const db = freshDatabase();
let admin: Actor;
let advisorA = { id: "", name: "" };
let advisorB = { id: "", name: "" };
let reader = { id: "", email: "" };
let learner = { id: "", email: "", name: "" };
let pathName = "";
let requestNumber = 0;

const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  const client = db();
  admin = actorOf(await createUser(client, { role: "ADMIN" }));
  const a = await createUser(client, { role: "ADVISOR", firstName: "Paul", lastName: "Avant" });
  const b = await createUser(client, { role: "ADVISOR", firstName: "Zoé", lastName: "Après" });
  advisorA = { id: a.id, name: "Paul Avant" };
  advisorB = { id: b.id, name: "Zoé Après" };
  const r = await createUser(client, { role: "SUPPORT", firstName: "Lise", lastName: "Lectrice" });
  reader = { id: r.id, email: r.email };
  const l = await createLearner(client, { advisorId: b.id, firstName: "Léa", lastName: "Audit" });
  learner = { id: l.id, email: l.user.email, name: "Léa Audit" };
  const path = await createTrainingPath(client, { name: "Développeur web" });
  pathName = path.name;
  const request = await createRequest(client, { learnerId: l.id });
  requestNumber = request.number;
  const entry = (action: string, createdAt: string, o: Record<string, unknown> = {}) =>
    client.auditLog.create({ data: { actorId: r.id, action, entityType: "LearnerProfile", entityId: l.id, learnerId: l.id, createdAt: at(createdAt), ...o } });
  await entry("learner.advisor.changed", "2026-11-20T10:00:00Z", { actorId: admin.id, before: { advisorId: a.id }, after: { advisorId: b.id, reason: "Départ" } });
  await entry("learner.settings.changed", "2026-11-20T10:05:00Z", { actorId: admin.id, before: { trainingPathId: "gone" }, after: { trainingPathId: path.id } });
  await entry("case.closed", "2026-11-21T10:00:00Z", { actorId: b.id, entityType: "FollowUpCase", entityId: "c1", after: { outcome: "BLOCKER_SOLVED", resolved: [request.id] } });
  // Three reads on 25 November in Paris (23:30 UTC on the 24th is already the 25th), two on the 26th, one of another kind.
  for (const t of ["2026-11-24T23:30:00Z", "2026-11-25T08:00:00Z", "2026-11-25T17:00:00Z", "2026-11-26T09:00:00Z", "2026-11-26T10:00:00Z"]) {
    await entry("learner.sensitive.read", t, { entityType: "LearnerSensitive" });
  }
  await entry("request.sensitive.read", "2026-11-26T11:00:00Z", { entityType: "SupportRequest", entityId: request.id });
});

describe("the audit log in words", () => {
  it("resolves ids to names: people, paths, requests", async () => {
    const page = await listAuditLog(admin, { view: "changes", learnerEmail: learner.email });
    expect(page.items.map((e) => e.action)).toEqual(["case.closed", "learner.settings.changed", "learner.advisor.changed"]);
    expect(page.names.users[advisorA.id].name).toBe(advisorA.name);
    expect(page.names.users[advisorB.id].name).toBe(advisorB.name);
    expect(Object.values(page.names.paths)).toEqual([pathName]);
    expect(Object.values(page.names.requests)).toEqual([requestNumber]);
    expect(page.items[0].learner?.name).toBe(learner.name);
  });

  it("'changes' leaves the sensitive reads out; no view keeps them", async () => {
    expect((await listAuditLog(admin, { view: "changes", learnerEmail: learner.email })).items).toHaveLength(3);
    expect((await listAuditLog(admin, { learnerEmail: learner.email })).items).toHaveLength(9);
  });

  it("filters by kind of action and by Paris days, both included", async () => {
    expect((await listAuditLog(admin, { type: "assignments", learnerEmail: learner.email })).items.map((e) => e.action)).toEqual(["learner.settings.changed", "learner.advisor.changed"]);
    expect((await listAuditLog(admin, { from: "2026-11-21", to: "2026-11-21", learnerEmail: learner.email, view: "changes" })).items.map((e) => e.action)).toEqual(["case.closed"]);
    expect((await listAuditLog(admin, { from: "2026-11-25", to: "2026-11-25", learnerEmail: learner.email })).items).toHaveLength(3);
  });

  it("groups sensitive reads: one line per reader, learner, kind and Paris day, with a count", async () => {
    const reads = await listSensitiveReads(admin, { learnerEmail: learner.email });
    expect(reads.items.map((r) => [r.day.toISOString().slice(0, 10), r.action, r.count, r.actorId, r.learnerId])).toEqual([
      ["2026-11-26", "request.sensitive.read", 1, reader.id, learner.id],
      ["2026-11-26", "learner.sensitive.read", 2, reader.id, learner.id],
      ["2026-11-25", "learner.sensitive.read", 3, reader.id, learner.id],
    ]);
    expect(reads.items[2].first).toEqual(at("2026-11-24T23:30:00Z"));
    expect(reads.items[2].last).toEqual(at("2026-11-25T17:00:00Z"));
    expect(reads.names.users[reader.id].name).toBe("Lise Lectrice");
    // Filterable: by reader, by day, and a kind other than the reads leaves nothing.
    expect((await listSensitiveReads(admin, { userEmail: reader.email, from: "2026-11-26" })).items).toHaveLength(2);
    expect((await listSensitiveReads(admin, { learnerEmail: learner.email, type: "accounts" })).items).toEqual([]);
  });

  it("exports the same rows as the page", async () => {
    const changes = await exportAuditLog(admin, { learnerEmail: learner.email }, "changes");
    expect(changes.kind).toBe("changes");
    expect(changes.items).toHaveLength(3);
    const reads = await exportAuditLog(admin, { learnerEmail: learner.email }, "reads");
    expect(reads.kind === "reads" ? reads.items.map((r) => r.count) : null).toEqual([1, 2, 3]);
  });
});
