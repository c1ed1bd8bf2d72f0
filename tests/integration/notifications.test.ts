// In-app notifications against PostgreSQL: written in the same transaction as the reply,
// the assignment and the alert handled; each person reads and marks only their own; opening
// the request marks its notifications read.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@prisma/client";
import { freshDatabase } from "./db";
import { createLearner, createRequest, createUser, FILE_ANEW } from "@/tests/factories";
import type { Actor } from "@/lib/server/auth/actor";
import { listMyNotifications, markAllNotificationsRead, markNotificationRead } from "@/lib/server/data/notifications";
import { changeRequestStatus, reassignRequest, replyToRequest } from "@/lib/server/data/triage";
import { replyToMyRequest } from "@/lib/server/data/my-requests";
import { fileMentorAlert } from "@/lib/server/data/contact";
import { getNavCounts, markRequestRead } from "@/lib/server/data/request-reads";
import { actorOf, describeAccessMatrix, expectEveryExportCovered, type AccessRow } from "./support/access";

const db = freshDatabase();
const actors = {} as Record<Role, Actor>;
let learnerId = "";
const NOTIFIED = ["LEARNER", "MENTOR", "ADVISOR", "SUPPORT", "MENTORSHIP_MANAGER", "DISABILITY_REFERENT"] as const;
const version = async (id: string) => (await db().supportRequest.findUniqueOrThrow({ where: { id } })).version;
const unread = async (a: Actor) => (await getNavCounts(a))["/notifications"]?.[0].count;

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
});

describe("notifications access matrix", () => {
  const MATRIX: AccessRow[] = [
    { name: "listMyNotifications", call: (a) => listMyNotifications(a), allowed: NOTIFIED },
    { name: "markAllNotificationsRead", call: (a) => markAllNotificationsRead(a), allowed: NOTIFIED },
  ];
  describeAccessMatrix(MATRIX, (role) => actors[role]);
  it("covers every export", async () => {
    await expectEveryExportCovered(
      import.meta.glob("../../lib/server/data/notifications.ts"),
      [...MATRIX, { name: "markNotificationRead", call: async () => undefined, allowed: NOTIFIED }],
      ["notifyInTx"],
    );
  });
});

describe("what notifies whom", () => {
  it("a staff reply notifies the requester, the requester's reply the assignee; opening the request reads them", async () => {
    const r = await createRequest(db(), { learnerId });
    const before = await unread(actors.LEARNER);
    await replyToRequest(actors.ADVISOR, { id: r.id, body: "Bonjour" });
    expect(await unread(actors.LEARNER)).toBe(before + 1);
    const [first] = await listMyNotifications(actors.LEARNER);
    expect(first).toMatchObject({ kind: "REPLY", read: false, actorName: `${actors.ADVISOR.firstName} ${actors.ADVISOR.lastName}`, request: { path: `/learner/requests/${r.id}` } });

    const advisorBefore = await unread(actors.ADVISOR);
    await replyToMyRequest(actors.LEARNER, { id: r.id, body: "Merci" });
    expect(await unread(actors.ADVISOR)).toBe(advisorBefore + 1);
    expect((await listMyNotifications(actors.ADVISOR))[0].request?.path).toBe(`/advisor/requests/${r.id}`);

    await markRequestRead(actors.LEARNER, r.id);
    expect(await unread(actors.LEARNER)).toBe(before);
  });

  it("an assignment notifies the new assignee; an alert handled notifies its mentor", async () => {
    const alert = await fileMentorAlert(actors.MENTOR, { topic: "DISENGAGEMENT_RISK", learnerId, subject: "Alerte", message: "Plus de nouvelles.", idempotencyKey: randomUUID(), ...FILE_ANEW });
    await reassignRequest(actors.SUPPORT, { id: alert.id, version: await version(alert.id), target: actors.MENTORSHIP_MANAGER.id, reason: "Pour vous" });
    expect((await listMyNotifications(actors.MENTORSHIP_MANAGER))[0]).toMatchObject({ kind: "ASSIGNED", read: false });
    await changeRequestStatus(actors.MENTORSHIP_MANAGER, { id: alert.id, version: await version(alert.id), status: "RESOLVED" });
    expect((await listMyNotifications(actors.MENTOR))[0]).toMatchObject({ kind: "ALERT_HANDLED", request: { path: `/mentor/alerts/${alert.id}` } });
  });

  it("nobody is told of their own act, and a person marks only their own notifications", async () => {
    const r = await createRequest(db(), { learnerId, queue: "SUPPORT", assigneeId: null });
    const mine = await db().notification.count({ where: { userId: actors.ADVISOR.id } });
    await reassignRequest(actors.ADVISOR, { id: r.id, version: await version(r.id), target: actors.ADVISOR.id, reason: "À moi" });
    expect(await db().notification.count({ where: { userId: actors.ADVISOR.id } })).toBe(mine);

    const [theirs] = await listMyNotifications(actors.MENTOR);
    await expect(markNotificationRead(actors.LEARNER, theirs.id)).rejects.toThrow();
    await markNotificationRead(actors.MENTOR, theirs.id);
    expect((await listMyNotifications(actors.MENTOR))[0].read).toBe(true);
    expect(await markAllNotificationsRead(actors.ADVISOR)).toBeGreaterThan(0);
    expect(await unread(actors.ADVISOR)).toBe(0);
  });
});
