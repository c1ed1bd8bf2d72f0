// Followers, @mentions and notification emails against PostgreSQL (issue 15, item 7):
// the access matrix of every function × role; followers told of replies, status changes,
// assignments and merges; following grants notifications, never access; mentions
// notify colleagues who can see the request and refuse the others; the daily digest
// sent once across workers and once a day; "none" sends nothing.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Role } from "@prisma/client";
import { freshDatabase } from "./db";
import { createLearner, createRequest, createUser } from "@/tests/factories";
import type { Actor } from "@/lib/server/auth/actor";
import { NotFoundError } from "@/lib/server/auth/actor";
import { Refusal } from "@/lib/server/errors";
import { addFollower, followRequest, getRequestPeople, isFollowing, removeFollower, unfollowRequest } from "@/lib/server/data/followers";
import { getEmailPreference, sendNotificationDigests, setEmailPreference } from "@/lib/server/data/notification-email";
import { addInternalNote, changeRequestStatus, reassignRequest, replyToRequest } from "@/lib/server/data/triage";
import { replyToMyRequest } from "@/lib/server/data/my-requests";
import { mergeRequest } from "@/lib/server/data/request-merge";
import { takeRequest } from "@/lib/server/data/request-tools";
import { getRequestThread } from "@/lib/server/data/request-thread";
import { getConfidentialRequest } from "@/lib/server/data/referent";
import { listMyNotifications } from "@/lib/server/data/notifications";
import { runDueJobs } from "@/lib/server/jobs/scheduler";
import { JOBS } from "@/lib/server/jobs/registry";
import { mentionToken } from "@/lib/domain/mentions";
import { actorOf, describeAccessMatrix, expectEveryExportCovered, type AccessRow } from "./support/access";

const revalidatePath = vi.hoisted(() => vi.fn());
vi.mock("next/cache", () => ({ revalidatePath }));

const db = freshDatabase();
const actors = {} as Record<Role, Actor>;
let learnerId = "";
let otherAdvisor: Actor;
let sharedRequestId = "";
const STAFF = ["SUPPORT", "MENTORSHIP_MANAGER", "ADVISOR"] as const;
const FOLLOWERS = [...STAFF, "DISABILITY_REFERENT"] as const;
const NOTIFIED = ["LEARNER", "MENTOR", ...FOLLOWERS] as const;
const version = async (id: string) => (await db().supportRequest.findUniqueOrThrow({ where: { id } })).version;
const refusalOf = (work: Promise<unknown>) => work.then(() => null, (error: unknown) => (error instanceof Refusal ? error.failure : Promise.reject(error)));
const kindsOf = async (a: Actor, requestId: string) => (await db().notification.findMany({ where: { userId: a.id, requestId }, orderBy: { createdAt: "asc" } })).map((n) => n.kind);
const name = (a: Actor) => `${a.firstName} ${a.lastName}`;

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
  otherAdvisor = actorOf(await createUser(client, { role: "ADVISOR" }));
  sharedRequestId = (await createRequest(client, { learnerId, topic: "RQTH" })).id;
});

describe("followers and email preference access matrix", () => {
  const id = () => sharedRequestId;
  const MATRIX: AccessRow[] = [
    { name: "getRequestPeople", call: (a) => getRequestPeople(a, id()), allowed: FOLLOWERS },
    { name: "isFollowing", call: (a) => isFollowing(a, id()), allowed: FOLLOWERS },
    { name: "followRequest", call: (a) => followRequest(a, { id: id() }), allowed: FOLLOWERS },
    { name: "unfollowRequest", call: (a) => unfollowRequest(a, { id: id() }), allowed: FOLLOWERS },
    { name: "addFollower", call: (a) => addFollower(a, { id: id(), userId: actors.SUPPORT.id }), allowed: STAFF },
    { name: "removeFollower", call: (a) => removeFollower(a, { id: id(), userId: actors.SUPPORT.id }), allowed: STAFF },
    { name: "getEmailPreference", call: (a) => getEmailPreference(a), allowed: NOTIFIED },
    { name: "setEmailPreference", call: (a) => setEmailPreference(a, { notificationEmail: "NONE" }), allowed: NOTIFIED },
  ];
  describeAccessMatrix(MATRIX, (role) => actors[role]);
  it("covers every export", async () => {
    await expectEveryExportCovered(
      import.meta.glob(["../../lib/server/data/followers.ts", "../../lib/server/data/notification-email.ts"]),
      MATRIX,
      ["notifyFollowersInTx", "checkMentionsInTx", "emailNotificationsInTx", "sendNotificationDigests"],
    );
  });
});

describe("followers are told, without owning the request", () => {
  it("reply, status change, assignment and merge reach the followers, never the actor, and the history says who follows", async () => {
    const r = await createRequest(db(), { learnerId, topic: "ADMIN_SUPPORT" });
    await followRequest(actors.MENTORSHIP_MANAGER, { id: r.id });
    await addFollower(actors.ADVISOR, { id: r.id, userId: actors.SUPPORT.id });
    expect(await kindsOf(actors.SUPPORT, r.id)).toEqual(["FOLLOWING"]);
    expect((await getRequestPeople(actors.ADVISOR, r.id)).followers.map((f) => f.id).sort()).toEqual([actors.MENTORSHIP_MANAGER.id, actors.SUPPORT.id].sort());
    // Whether the reader follows, as isFollowing says; the colleagues are people who open the request.
    for (const a of [actors.ADVISOR, actors.SUPPORT, actors.MENTORSHIP_MANAGER]) {
      const people = await getRequestPeople(a, r.id);
      expect(people.following).toBe(await isFollowing(a, r.id));
      expect(people.colleagues.map((c) => c.id)).toEqual(expect.arrayContaining([actors.ADVISOR.id, actors.SUPPORT.id, actors.MENTORSHIP_MANAGER.id]));
    }

    await replyToRequest(actors.ADVISOR, { id: r.id, body: "Bonjour" });
    await replyToMyRequest(actors.LEARNER, { id: r.id, body: "Merci" });
    await changeRequestStatus(actors.ADVISOR, { id: r.id, version: await version(r.id), status: "WAITING_FOR_REQUESTER" });
    await reassignRequest(actors.SUPPORT, { id: r.id, version: await version(r.id), target: actors.MENTORSHIP_MANAGER.id, reason: "Pour vous" });
    // The Mentorship Manager is the new assignee: one ASSIGNED, not a second as a follower.
    expect(await kindsOf(actors.MENTORSHIP_MANAGER, r.id)).toEqual(["REPLY", "REPLY", "STATUS_CHANGED", "ASSIGNED"]);
    // Support reassigned it themselves: not told of their own act.
    expect(await kindsOf(actors.SUPPORT, r.id)).toEqual(["FOLLOWING", "REPLY", "REPLY", "STATUS_CHANGED"]);
    expect(await db().supportRequest.findUniqueOrThrow({ where: { id: r.id }, select: { assigneeId: true } })).toEqual({ assigneeId: actors.MENTORSHIP_MANAGER.id });

    const target = await createRequest(db(), { learnerId, topic: "ADMIN_SUPPORT" });
    await mergeRequest(actors.MENTORSHIP_MANAGER, { id: r.id, version: await version(r.id), target: String(target.number) });
    expect((await kindsOf(actors.SUPPORT, r.id)).at(-1)).toBe("MERGED");
    // The merged request's followers follow the request its thread goes on in.
    expect((await getRequestPeople(actors.SUPPORT, target.id)).followers.map((f) => f.id)).toContain(actors.SUPPORT.id);

    const history = await db().requestEvent.findMany({ where: { requestId: r.id, type: { in: ["FOLLOWER_ADDED", "FOLLOWER_REMOVED"] } }, select: { type: true, visibility: true, actorId: true, personId: true } });
    expect(history).toEqual([
      { type: "FOLLOWER_ADDED", visibility: "INTERNAL", actorId: actors.MENTORSHIP_MANAGER.id, personId: actors.MENTORSHIP_MANAGER.id },
      { type: "FOLLOWER_ADDED", visibility: "INTERNAL", actorId: actors.ADVISOR.id, personId: actors.SUPPORT.id },
    ]);
  });

  it("unfollowing stops the notifications; following twice is one follower", async () => {
    const r = await createRequest(db(), { learnerId, topic: "ADMIN_SUPPORT" });
    await followRequest(actors.SUPPORT, { id: r.id });
    await followRequest(actors.SUPPORT, { id: r.id });
    expect(await db().requestFollower.count({ where: { requestId: r.id } })).toBe(1);
    await takeRequest(actors.ADVISOR, { id: r.id, version: await version(r.id) }).catch(() => undefined);
    await replyToRequest(actors.ADVISOR, { id: r.id, body: "Une" });
    await unfollowRequest(actors.SUPPORT, { id: r.id });
    await replyToRequest(actors.ADVISOR, { id: r.id, body: "Deux" });
    expect(await kindsOf(actors.SUPPORT, r.id)).toEqual(["REPLY"]);
    expect(await db().requestEvent.count({ where: { requestId: r.id, type: "FOLLOWER_REMOVED", personId: actors.SUPPORT.id } })).toBe(1);
  });
});

describe("following grants notifications, not access", () => {
  it("a mentor cannot follow; an advisor who cannot see the request is refused, and a follower who loses access is neither told nor let in", async () => {
    const r = await createRequest(db(), { learnerId, topic: "ADMIN_SUPPORT" });
    await expect(followRequest(actors.MENTOR, { id: r.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(followRequest(otherAdvisor, { id: r.id })).rejects.toBeInstanceOf(NotFoundError);
    expect(await refusalOf(addFollower(actors.SUPPORT, { id: r.id, userId: otherAdvisor.id }))).toEqual({ fieldErrors: { userId: "followerCannotSee" } });
    expect(await refusalOf(addFollower(actors.SUPPORT, { id: r.id, userId: actors.MENTOR.id }))).toEqual({ fieldErrors: { userId: "followerUnknown" } });
    expect(await db().requestFollower.count({ where: { requestId: r.id } })).toBe(0);

    // The learner's advisor follows, then the learner moves to another advisor and the request to support.
    const learner2 = await createLearner(db(), { advisorId: actors.ADVISOR.id });
    const moved = await createRequest(db(), { learnerId: learner2.id, topic: "ADMIN_SUPPORT", queue: "SUPPORT", assigneeId: null });
    await followRequest(actors.ADVISOR, { id: moved.id });
    await db().learnerProfile.update({ where: { userId: learner2.id }, data: { advisorId: otherAdvisor.id } });
    await replyToRequest(actors.SUPPORT, { id: moved.id, body: "Réponse" });
    expect(await kindsOf(actors.ADVISOR, moved.id)).toEqual([]);
    await expect(getRequestThread(actors.ADVISOR, moved.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("on an RQTH request the referent follower reads the confidential part, a support follower does not", async () => {
    const r = await createRequest(db(), { learnerId, topic: "RQTH", sensitive: { message: "Reconnaissance en cours" } });
    await addFollower(actors.SUPPORT, { id: r.id, userId: actors.DISABILITY_REFERENT.id });
    await followRequest(actors.SUPPORT, { id: r.id });
    expect((await getConfidentialRequest(actors.DISABILITY_REFERENT, r.id)).details).toEqual({ message: "Reconnaissance en cours" });
    const seen = await getRequestThread(actors.SUPPORT, r.id);
    expect(seen.sensitive).toBeNull();
    expect(seen.sensitiveHidden).toBe(true);
    await replyToRequest(actors.ADVISOR, { id: r.id, body: "Pris en compte" });
    expect(await kindsOf(actors.DISABILITY_REFERENT, r.id)).toEqual(["FOLLOWING", "REPLY"]);
    expect((await listMyNotifications(actors.DISABILITY_REFERENT))[0]?.request?.path).toBe(`/referent/requests/${r.id}`);
    // Not an RQTH request: the referent does not open it, so cannot follow it.
    const plain = await createRequest(db(), { learnerId, topic: "ADMIN_SUPPORT" });
    expect(await refusalOf(addFollower(actors.SUPPORT, { id: plain.id, userId: actors.DISABILITY_REFERENT.id }))).toEqual({ fieldErrors: { userId: "followerCannotSee" } });
  });
});

describe("@mentions in internal notes", () => {
  it("a mention is stored by user id and notifies the colleague; one who cannot see the request refuses the note", async () => {
    const r = await createRequest(db(), { learnerId, topic: "ADMIN_SUPPORT" });
    const body = `Peux-tu regarder ? ${mentionToken({ id: actors.ADVISOR.id, name: name(actors.ADVISOR) })} merci`;
    await addInternalNote(actors.SUPPORT, { id: r.id, body });
    const note = await db().requestEvent.findFirstOrThrow({ where: { requestId: r.id, type: "INTERNAL_NOTE" } });
    expect(note.mentionIds).toEqual([actors.ADVISOR.id]);
    const [latest] = await listMyNotifications(actors.ADVISOR);
    expect(latest).toMatchObject({ kind: "MENTION", read: false, actorName: name(actors.SUPPORT), request: { path: `/advisor/requests/${r.id}` } });

    const before = await db().requestEvent.count({ where: { requestId: r.id } });
    const outsider = `${mentionToken({ id: otherAdvisor.id, name: name(otherAdvisor) })} pour info`;
    expect(await refusalOf(addInternalNote(actors.SUPPORT, { id: r.id, body: outsider }))).toEqual({ fieldErrors: { body: "mentionCannotSee" } });
    expect(await refusalOf(addInternalNote(actors.SUPPORT, { id: r.id, body: `${mentionToken({ id: actors.MENTOR.id, name: "Mentor" })}` }))).toEqual({ fieldErrors: { body: "mentionCannotSee" } });
    expect(await db().requestEvent.count({ where: { requestId: r.id } })).toBe(before);
    expect(await db().notification.count({ where: { userId: { in: [otherAdvisor.id, actors.MENTOR.id] }, kind: "MENTION" } })).toBe(0);
  });

  it("a mention is never in a reply to the requester", async () => {
    const r = await createRequest(db(), { learnerId, topic: "ADMIN_SUPPORT" });
    const body = `Bonjour ${mentionToken({ id: actors.SUPPORT.id, name: name(actors.SUPPORT) })}`;
    expect(await refusalOf(replyToRequest(actors.ADVISOR, { id: r.id, body }))).toEqual({ fieldErrors: { body: "mentionInReply" } });
    expect(await db().requestEvent.count({ where: { requestId: r.id, type: "REPLY" } })).toBe(0);
  });
});

describe("notifications by email", () => {
  const emailsTo = (a: Actor, template: string) => db().emailOutbox.findMany({ where: { toAddress: a.email, template }, orderBy: { createdAt: "asc" } });

  it("immediately: one neutral email per notification (the number, never the subject or a health detail); none: nothing", async () => {
    const support = actorOf(await createUser(db(), { role: "SUPPORT" }));
    const manager = actorOf(await createUser(db(), { role: "MENTORSHIP_MANAGER" }));
    await setEmailPreference(support, { notificationEmail: "IMMEDIATE" });
    const r = await createRequest(db(), { learnerId, topic: "BREAK_REQUEST", subject: "Hospitalisation prévue", sensitive: { reason: "opération du genou" } });
    await addFollower(actors.ADVISOR, { id: r.id, userId: support.id });
    await addFollower(actors.ADVISOR, { id: r.id, userId: manager.id });
    await replyToRequest(actors.ADVISOR, { id: r.id, body: "Bon rétablissement" });
    const mails = await emailsTo(support, "notification.immediate");
    expect(mails).toHaveLength(2);
    for (const m of mails) {
      expect(m.subject).toContain(String(r.number));
      for (const secret of ["Hospitalisation", "genou", "rétablissement"]) expect(`${m.subject} ${m.textBody} ${m.htmlBody}`).not.toContain(secret);
    }
    // The default is none: the Mentorship Manager has the same notifications in the portal and no email.
    expect(await kindsOf(manager, r.id)).toEqual(["FOLLOWING", "REPLY"]);
    expect(await db().emailOutbox.count({ where: { toAddress: manager.email, template: { startsWith: "notification." } } })).toBe(0);
    await sendNotificationDigests(new Date("2026-12-07T09:00:00Z"));
    expect(await db().emailOutbox.count({ where: { toAddress: manager.email } })).toBe(0);
  });

  it("the daily digest: once across three workers, not twice the same day when the clock moves, then the next day only what is new", async () => {
    const person = actorOf(await createUser(db(), { role: "SUPPORT" }));
    await setEmailPreference(person, { notificationEmail: "DIGEST" });
    const r = await createRequest(db(), { learnerId, topic: "ADMIN_SUPPORT" });
    await addFollower(actors.ADVISOR, { id: r.id, userId: person.id }, new Date("2026-12-07T08:00:00Z"));
    await replyToRequest(actors.ADVISOR, { id: r.id, body: "Bonjour" }, new Date("2026-12-07T08:30:00Z"));
    expect(await emailsTo(person, "notification.immediate")).toHaveLength(0);

    // 7:30 in Paris is 6:30 UTC: not yet due.
    expect(await sendNotificationDigests(new Date("2026-12-07T05:30:00Z"))).toEqual({ sent: 0 });
    const job = JOBS.find((j) => j.name === "notification-digest")!;
    const at = new Date("2026-12-07T09:00:00Z");
    await db().jobSchedule.deleteMany({ where: { name: job.name } });
    // Three workers at once, each through the schedule and straight through the job: one email.
    await Promise.all([runDueJobs([job], at, () => {}), runDueJobs([job], at, () => {}), runDueJobs([job], at, () => {}), job.run(at), job.run(at), job.run(at)]);
    const first = await emailsTo(person, "notification.digest");
    expect(first).toHaveLength(1);
    expect(first[0]!.textBody).toContain(`n° ${r.number}`);
    expect(first[0]!.subject).toContain("2 notifications");

    // Later the same day, a new notification: no second digest today.
    await changeRequestStatus(actors.ADVISOR, { id: r.id, version: await version(r.id), status: "WAITING_FOR_REQUESTER" }, new Date("2026-12-07T12:00:00Z"));
    await job.run(new Date("2026-12-07T15:00:00Z"));
    await job.run(new Date("2026-12-07T22:59:00Z"));
    expect(await emailsTo(person, "notification.digest")).toHaveLength(1);

    // The next Paris day: one digest, with only what came since the last one.
    await Promise.all([job.run(new Date("2026-12-08T07:00:00Z")), job.run(new Date("2026-12-08T07:00:00Z"))]);
    const all = await emailsTo(person, "notification.digest");
    expect(all).toHaveLength(2);
    expect(all[1]!.subject).toContain("1 notification");
    expect(await db().notificationDigest.count({ where: { userId: person.id } })).toBe(2);
  });
});
