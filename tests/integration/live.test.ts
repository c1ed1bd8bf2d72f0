// The live channel against PostgreSQL (issue 15): writers announce inside their
// transaction (nothing for a rolled-back write), the LISTEN connection comes back after it
// is cut, each event reaches only the streams it is meant for, presence expires by the
// clock, and a reply typed while a new message arrived is refused once, showing it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import type { Role } from "@prisma/client";
import { freshDatabase, testDatabaseUrl } from "./db";
import { createLearner, createRequest, createUser } from "@/tests/factories";
import type { Actor } from "@/lib/server/auth/actor";
import { Refusal } from "@/lib/server/errors";
import { announceInTx, leavePresence, listPresence, mayHearAboutRequest, newerMessageSince, recordPresence } from "@/lib/server/data/live";
import { replyToRequest } from "@/lib/server/data/triage";
import { replyToMyRequest } from "@/lib/server/data/my-requests";
import { LiveListener } from "@/lib/server/live/listener";
import { LiveHub, type Subscriber } from "@/lib/server/live/hub";
import { LIVE_CHANNEL, parseLiveEvent, type LiveEvent } from "@/lib/domain/live-events";
import { PRESENCE_TTL_MS } from "@/lib/domain/presence";
import { actorOf, describeAccessMatrix, expectEveryExportCovered, type AccessRow } from "./support/access";

const db = freshDatabase();
const actors = {} as Record<Role, Actor>;
let otherAdvisor: Actor;
let requestId = "";
const STAFF = ["SUPPORT", "MENTORSHIP_MANAGER", "ADVISOR"] as const;
const ALL = ["LEARNER", "MENTOR", "ADVISOR", "SUPPORT", "MENTORSHIP_MANAGER", "ADMIN", "DISABILITY_REFERENT"] as const;

/** Collects what a LISTEN connection hears; `next(match)` resolves with the first matching event (no sleeping). */
function collector() {
  const heard: LiveEvent[] = [];
  const waiters: { match: (e: LiveEvent) => boolean; resolve: (e: LiveEvent) => void }[] = [];
  const onNotification = (payload: string | undefined) => {
    const event = parseLiveEvent(payload);
    if (!event) return;
    heard.push(event);
    for (const w of [...waiters]) {
      if (!w.match(event)) continue;
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(event);
    }
  };
  const next = (match: (e: LiveEvent) => boolean) =>
    new Promise<LiveEvent>((resolve) => {
      const found = heard.find(match);
      if (found) resolve(found);
      else waiters.push({ match, resolve });
    });
  return { heard, onNotification, next };
}

const listeners: LiveListener[] = [];
afterAll(async () => {
  await Promise.all(listeners.map((l) => l.stop()));
});

beforeAll(async () => {
  const client = db();
  const advisor = await createUser(client, { role: "ADVISOR", firstName: "Anna", lastName: "Conseil" });
  const mentor = await createUser(client, { role: "MENTOR" });
  const learner = await createLearner(client, { advisorId: advisor.id, mentorId: mentor.id });
  actors.ADVISOR = actorOf(advisor);
  actors.MENTOR = actorOf(mentor);
  actors.LEARNER = actorOf(learner.user);
  for (const role of ["SUPPORT", "MENTORSHIP_MANAGER", "ADMIN", "DISABILITY_REFERENT"] as const) actors[role] = actorOf(await createUser(client, { role, firstName: "Sam", lastName: role }));
  otherAdvisor = actorOf(await createUser(client, { role: "ADVISOR" }));
  requestId = (await createRequest(client, { learnerId: learner.id, assigneeId: advisor.id })).id;
});

describe("live access matrix", () => {
  const MATRIX: AccessRow[] = [
    { name: "recordPresence", call: (a) => recordPresence(a, requestId, "VIEWING"), allowed: STAFF },
    { name: "leavePresence", call: (a) => leavePresence(a, requestId), allowed: STAFF },
    { name: "listPresence", call: (a) => listPresence(a, requestId), allowed: STAFF },
    { name: "mayHearAboutRequest", call: (a) => mayHearAboutRequest(a, requestId), allowed: ALL },
  ];
  describeAccessMatrix(MATRIX, (role) => actors[role]);
  it("covers every export", async () => {
    await expectEveryExportCovered(import.meta.glob("../../lib/server/data/live.ts"), MATRIX, ["announceInTx", "newerMessageSince"]);
  });

  it("hears about a request only who may see it", async () => {
    const verdicts = Object.fromEntries(await Promise.all(ALL.map(async (role) => [role, await mayHearAboutRequest(actors[role], requestId)] as const)));
    expect(verdicts).toEqual({ LEARNER: true, MENTOR: false, ADVISOR: true, SUPPORT: true, MENTORSHIP_MANAGER: true, ADMIN: false, DISABILITY_REFERENT: false });
    expect(await mayHearAboutRequest(otherAdvisor, requestId)).toBe(false);
    await expect(recordPresence(otherAdvisor, requestId, "VIEWING")).rejects.toThrow("request");
  });
});

describe("LISTEN/NOTIFY", () => {
  it("announces at commit, and nothing for a rolled-back write", async () => {
    const c = collector();
    const listener = new LiveListener({ connectionString: testDatabaseUrl(), onNotification: c.onNotification });
    listeners.push(listener);
    await listener.start();
    await db()
      .$transaction(async (tx) => {
        await announceInTx(tx, [{ k: "r", r: "rolledback" }]);
        throw new Error("rolled back");
      })
      .catch(() => undefined);
    await db().$transaction((tx) => announceInTx(tx, [{ k: "r", r: "committed" }]));
    await c.next((e) => e.k === "r" && e.r === "committed");
    expect(c.heard).toEqual([{ k: "r", r: "committed" }]);
  });

  it("a reply announces the request and the requester's notification", async () => {
    const c = collector();
    const listener = new LiveListener({ connectionString: testDatabaseUrl(), onNotification: c.onNotification });
    listeners.push(listener);
    await listener.start();
    await replyToRequest(actors.SUPPORT, { id: requestId, body: "Bonjour, nous regardons." });
    await c.next((e) => e.k === "n" && e.u === actors.LEARNER.id);
    await c.next((e) => e.k === "r" && e.r === requestId);
  });

  it("listens again after its connection is cut, and says so", async () => {
    const c = collector();
    let reconnected = 0;
    let onReconnect = () => undefined as void;
    const again = new Promise<void>((resolve) => (onReconnect = resolve));
    const listener = new LiveListener({
      connectionString: testDatabaseUrl(),
      onNotification: c.onNotification,
      onReconnect: () => {
        reconnected += 1;
        onReconnect();
      },
      minDelayMs: 10,
      maxDelayMs: 50,
    });
    listeners.push(listener);
    await listener.start();
    const admin = new pg.Client({ connectionString: testDatabaseUrl() });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query = $1 AND pid <> pg_backend_pid()`,
        [`LISTEN "${LIVE_CHANNEL}"`],
      );
      expect(rows.length).toBeGreaterThan(0);
      await admin.query(`SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid`, [rows.map((r) => r.pid)]);
      await again;
      expect(listener.listening).toBe(true);
      await admin.query(`SELECT pg_notify($1, $2)`, [LIVE_CHANNEL, JSON.stringify({ k: "n", u: "after-reconnect" })]);
      await c.next((e) => e.k === "n" && e.u === "after-reconnect");
      expect(reconnected).toBeGreaterThanOrEqual(1);
    } finally {
      await admin.end();
    }
  });
});

describe("the hub", () => {
  function subscriber(actor: Actor, sid = `sid-${actor.id}`) {
    const frames: string[] = [];
    const s: Subscriber & { frames: string[]; closed: boolean } = { actor, sid, frames, closed: false, send: (f) => frames.push(f), close: () => (s.closed = true) };
    return s;
  }
  // No database URL: the hub routes what it is given, without listening itself.
  const hub = new LiveHub(() => undefined);
  it("sends each event only to the streams it is meant for", async () => {
    const learner = subscriber(actors.LEARNER);
    const advisor = subscriber(actors.ADVISOR);
    const stranger = subscriber(otherAdvisor);
    const admin = subscriber(actors.ADMIN);
    for (const s of [learner, advisor, stranger, admin]) hub.subscribe(s);
    await hub.dispatch({ k: "n", u: actors.LEARNER.id });
    await hub.dispatch({ k: "r", r: requestId });
    await hub.dispatch({ k: "p", r: requestId });
    await hub.dispatch(parseLiveEvent("garbage"));
    expect(learner.frames.map((f) => f.split("\n")[0])).toEqual(["event: notification", "event: request"]);
    expect(advisor.frames.map((f) => f.split("\n")[0])).toEqual(["event: request", "event: presence"]);
    expect(stranger.frames).toEqual([]);
    expect(admin.frames).toEqual([]);
  });

  it("closes the streams of a session signed out, and of an account revoked", async () => {
    const a = subscriber(actors.SUPPORT, "session-a");
    const b = subscriber(actors.SUPPORT, "session-b");
    const other = subscriber(actors.MENTORSHIP_MANAGER);
    for (const s of [a, b, other]) hub.subscribe(s);
    await hub.dispatch({ k: "s", s: "session-a" });
    expect([a.closed, b.closed, other.closed]).toEqual([true, false, false]);
    await hub.dispatch({ k: "v", u: actors.SUPPORT.id });
    expect([b.closed, other.closed]).toEqual([true, false]);
  });
});

describe("presence", () => {
  it("shows the other staff on the request until their beat is older than the TTL", async () => {
    const t0 = new Date();
    await recordPresence(actors.SUPPORT, requestId, "TYPING", t0);
    await recordPresence(actors.ADVISOR, requestId, "VIEWING", t0);
    expect(await listPresence(actors.ADVISOR, requestId, t0)).toEqual([{ userId: actors.SUPPORT.id, name: "Sam SUPPORT", state: "TYPING" }]);
    expect((await listPresence(actors.SUPPORT, requestId, t0)).map((p) => p.name)).toEqual(["Anna Conseil"]);
    const later = new Date(t0.getTime() + PRESENCE_TTL_MS);
    expect(await listPresence(actors.ADVISOR, requestId, later)).toEqual([]);
    await leavePresence(actors.ADVISOR, requestId);
    expect(await listPresence(actors.SUPPORT, requestId, t0)).toEqual([]);
  });
});

describe("a reply typed while a new message arrived", () => {
  it("is refused once with the new message, the second send goes through", async () => {
    const { id } = await createRequest(db(), { learnerId: (await db().user.findUniqueOrThrow({ where: { id: actors.LEARNER.id } })).id, assigneeId: actors.ADVISOR.id });
    await replyToRequest(actors.ADVISOR, { id, body: "Première réponse", lastSeen: "" });
    const seen = (await newerMessageSince(id, actors.LEARNER.id, "", false))!.id;
    // The learner writes while the advisor types.
    await replyToMyRequest(actors.LEARNER, { id, body: "Finalement j'ai trouvé.", lastSeen: seen });
    const refusal = await replyToRequest(actors.ADVISOR, { id, body: "Voici la marche à suivre", lastSeen: seen }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(Refusal);
    const failure = (refusal as Refusal).failure;
    expect(failure.formError).toBe("newMessage");
    expect(failure.conflict).toMatchObject({ body: "Finalement j'ai trouvé.", count: 1 });
    expect(await db().requestEvent.count({ where: { requestId: id, body: "Voici la marche à suivre" } })).toBe(0);
    // Sending again, having been shown it: confirmed.
    await replyToRequest(actors.ADVISOR, { id, body: "Voici la marche à suivre", lastSeen: String(failure.conflict!.id) });
    expect(await db().requestEvent.count({ where: { requestId: id, body: "Voici la marche à suivre" } })).toBe(1);
    // The advisor's own message never counts as new for them; the learner sees only public replies.
    expect(await newerMessageSince(id, actors.ADVISOR.id, String(failure.conflict!.id), true)).toBeNull();
    await db().requestEvent.create({ data: { requestId: id, actorId: actors.SUPPORT.id, type: "INTERNAL_NOTE", visibility: "INTERNAL", body: "note", createdAt: new Date(Date.now() + 1000) } });
    const latestPublic = (await newerMessageSince(id, actors.LEARNER.id, "", false))!;
    expect(latestPublic.body).toBe("Voici la marche à suivre");
  });
});
