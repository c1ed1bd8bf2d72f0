// Generated input (fast-check) to every server action, as a role it admits, on a real
// database with records it can reach: whatever arrives — NUL bytes, lone surrogates,
// impossible dates, 2^31, deep nesting, wrong types, FormData —, the answer is an
// ActionResult, never an unexpected error (the client would log "action failed" and
// answer with a reference), and a refusal writes nothing (every table's checksum).
// Runs per action: RUNS (40 × 40 actions = 1,600 inputs in all; the issue asks ≥ 1,000).
// Route handlers: HANDLER_RUNS requests each, through proxy.ts as the server does: no 5xx.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Role } from "@prisma/client";
import { NextRequest } from "next/server";
import { registeredActions, runAs } from "@/lib/server/actions/client";
import { proxy } from "@/proxy";
import { GET as authGet, POST as authPost } from "@/app/api/auth/[...nextauth]/route";
import { GET as healthGet } from "@/app/api/health/route";
import { GET as templateGet } from "@/app/(portal)/admin/import/template/[kind]/route";
import type { Actor } from "@/lib/server/auth/actor";
import { log } from "@/lib/server/log";
import { createBreak, createLearner, createRequest, createSession, createUser } from "../factories";
import { freshDatabase } from "./db";
import { actorOf } from "./support/access";
import { serverActionModules } from "./support/server-actions";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
// Outside a request: sign-in, sign-out and the language cookie read and write these.
vi.mock("next/headers", () => {
  const jar = { get: () => undefined, getAll: () => [], has: () => false, set: () => undefined, delete: () => undefined };
  return { cookies: async () => jar, headers: async () => new Headers({ host: "portail.test", origin: "http://portail.test" }) };
});

const RUNS = Number(process.env.HOSTILE_RUNS ?? 40);
const HANDLER_RUNS = Number(process.env.HOSTILE_HANDLER_RUNS ?? 250);
// Auth.js (sign-in, sign-out) needs its secret, read when lib/server/auth/auth.ts is imported.
vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "integration-only-secret-0123456789abcdef";
});
const db = freshDatabase();

const TABLES = [
  "User", "AuthToken", "TrainingPath", "LearnerProfile", "LearnerSensitive", "LearnerMilestone", "AssignmentHistory",
  "LearnerBreak", "MentoringSession", "SessionRevision", "SupportRequest", "RequestSensitive", "RequestEvent",
  "FollowUpCase", "Appointment", "Stakeholder", "StakeholderExchange", "LearnerSignal", "AuditLog", "EmailOutbox",
];
const checksum = async () =>
  (
    await db().$queryRawUnsafe<{ sum: string }[]>(
      `SELECT md5(${TABLES.map((t) => `coalesce((SELECT string_agg(x::text, '|' ORDER BY x::text) FROM "${t}" x), '')`).join(" || ")}) AS sum`,
    )
  )[0].sum;

const actions = new Map<string, (input: unknown) => Promise<unknown>>();
// At collection time: the tests below are one per registered action.
for (const file of serverActionModules()) {
  for (const value of Object.values((await import(file)) as Record<string, unknown>)) {
    const meta = (value as { meta?: { name: string } } | undefined)?.meta;
    if (typeof value === "function" && meta) actions.set(meta.name, ((value as { answer?: unknown }).answer ?? value) as (input: unknown) => Promise<unknown>);
  }
}

const actors = new Map<Role, Actor>();
let ids: string[] = [];

beforeAll(async () => {
  // Records the actors can reach, so that generated ids get past "not found" into the data layer.
  const advisor = await createUser(db(), { role: "ADVISOR" });
  const mentor = await createUser(db(), { role: "MENTOR" });
  const learner = await createLearner(db(), { advisorId: advisor.id, mentorId: mentor.id });
  const request = await createRequest(db(), { learnerId: learner.id });
  const alert = await createRequest(db(), { learnerId: learner.id, authorId: mentor.id });
  const session = await createSession(db(), { learnerId: learner.id, mentorId: mentor.id });
  const pending = await createBreak(db(), { learnerId: learner.id, requestId: request.id });
  for (const user of [learner.user, mentor, advisor]) actors.set(user.role, actorOf(user));
  for (const role of ["SUPPORT", "MENTORSHIP_MANAGER", "ADMIN", "DISABILITY_REFERENT"] as const) actors.set(role, actorOf(await createUser(db(), { role })));
  ids = [learner.id, mentor.id, advisor.id, request.id, alert.id, session.id, pending.id, learner.profile.trainingPathId];
});

const failures = vi.spyOn(log, "error");
afterAll(() => vi.restoreAllMocks());

// Hostile values, and values a form would send (so that most inputs pass most fields).
const deep = (() => {
  let value: unknown = "fond";
  for (let i = 0; i < 10_000; i++) value = { a: value };
  return value;
})();
const hostileString = fc.oneof(
  fc.constantFrom("\u0000", "a\u0000b", "\uD800", "x\uDFFFy", "\uFFFE", "\u001B[31m", "line\r\nBcc: x", "9999-99-99", "2026-02-30", "0000-00-00", "2147483648", "-1", "1e309", "", " ", "%E0%A4%A", "a".repeat(10_001)),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 }),
);
const hostile = fc.oneof(
  hostileString,
  fc.constantFrom<unknown>(2 ** 31, 2 ** 53, -1, 0, 1.5, Number.NaN, Number.POSITIVE_INFINITY, null, true, [], {}, deep, ["\u0000"], new Uint8Array([0, 0xff, 0xfe])),
  fc.anything({ maxDepth: 3 }),
);
const ENUMS = [
  "NEW", "IN_PROGRESS", "WAITING_FOR_REQUESTER", "RESOLVED", "CLOSED", "HELD", "NO_SHOW", "SCHEDULED", "CANCELLED", "LEARNER", "MENTOR", "SCHOOL",
  "ADVISOR", "SUPPORT", "ADMIN", "APPROVED", "REFUSED", "FIRST", "FOLLOW_UP", "MENTORING", "DEFENCE", "ILLNESS", "HOLIDAYS", "OTHER",
  "EXTRA_RESOURCES", "EXTRA_SESSIONS", "BREAK_REQUEST", "ADMIN_SUPPORT", "RQTH", "UPCOMING_ABSENCE", "PLAGIARISM", "LEARNER_ADVISOR", "fr", "en", "true", "false",
];
const plausible = fc.oneof(
  fc.constantFrom(...ENUMS),
  fc.constantFrom("2026-12-07", "2026-12-18", "2025-02-28", "10:00", "30", "60", "1", "2", "Un texte ordinaire", "apprenant@demo.test", "0612345678"),
  fc.constantFrom(1, 2),
  fc.uuid(),
);
const FIELDS = [
  "id", "version", "status", "target", "reason", "body", "learnerId", "topic", "subject", "message", "project", "sessionCount", "breakKind",
  "startDate", "endDate", "confirmPastStart", "accommodation", "absenceKind", "healthDetails", "evidence", "idempotencyKey", "kind", "date", "time",
  "durationMinutes", "cancelledBy", "learnerNote", "privateNote", "value", "stakeholderId", "organisation", "personName", "roleTitle", "email",
  "phone", "sharing", "occurredOn", "channel", "summary", "shared", "caseId", "appointmentId", "blocker", "notes", "outcome", "nextStep",
  "sharedOutcome", "done", "breakId", "decision", "signalId", "after", "firstName", "lastName", "role", "locale", "trainingPathId", "plannedEndDate",
  "weeklyCommitment", "advisorId", "mentorId", "fromId", "toId", "password", "confirm", "token", "active", "file", "sourceRequestId",
];
const field = fc.oneof({ weight: 3, arbitrary: plausible }, { weight: 1, arbitrary: fc.constantFrom(...Array.from({ length: 8 }, (_, i) => i)).map((i) => ids[i]) }, { weight: 2, arbitrary: hostile });
const record = fc.record(Object.fromEntries(FIELDS.map((name) => [name, field])), { requiredKeys: [] });
const printable = (value: unknown) => {
  try {
    return String(value);
  } catch {
    return "[object]"; // an object without a prototype has no string form
  }
};
const asFormData = record.map((values) => {
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) form.append(key, typeof value === "string" ? value : printable(value));
  return form;
});
const input = fc.oneof({ weight: 6, arbitrary: record }, { weight: 1, arbitrary: asFormData }, { weight: 1, arbitrary: hostile });

/** Next.js's control flow (redirect after sign-in or sign-out): thrown on purpose, not an error. */
const isNextControlFlow = (error: unknown) => typeof (error as { digest?: unknown })?.digest === "string" && /^NEXT_(REDIRECT|NOT_FOUND|HTTP_ERROR)/.test((error as { digest: string }).digest);

describe("generated input to every action: no unexpected error, nothing written when refused", () => {
  it("covers every registered action", () => {
    expect([...actions.keys()].sort()).toEqual([...registeredActions().keys()].sort());
    expect(actions.size * RUNS).toBeGreaterThanOrEqual(1_000);
  });

  it.each([...registeredActions()].map(([name, meta]) => [name, meta.roles] as const))("%s", { timeout: 120_000 }, async (name, roles) => {
    const act = actions.get(name)!;
    const callers: (Actor | null)[] = roles === "public" ? [null, actors.get("LEARNER")!] : roles.map((role) => actors.get(role)!);
    failures.mockClear();
    await fc.assert(
      fc.asyncProperty(input, fc.constantFrom(...callers), async (value, actor) => {
        const before = await checksum();
        let result: unknown;
        try {
          result = await runAs(actor, () => act(value));
        } catch (error) {
          if (!isNextControlFlow(error)) throw error;
          return;
        }
        expect(failures.mock.calls, `unexpected error logged by ${name}`).toEqual([]);
        // A plain-form action's `answer` and every other action answer with an ActionResult.
        expect(result).toMatchObject({ ok: expect.any(Boolean) });
        if ((result as { ok: boolean }).ok === false) expect(await checksum(), `${name} refused but wrote`).toBe(before);
      }),
      { numRuns: RUNS, seed: process.env.HOSTILE_SEED ? Number(process.env.HOSTILE_SEED) : undefined },
    );
  });
});

const segment = fc.oneof(
  fc.constantFrom("%E0%A4%A", "%ZZ", "%", "%00", "%C3%A9", "..", "session", "csrf", "providers", "signin", "signout", "callback", "credentials", "error", "learners", "learner-import"),
  fc.webSegment(),
  hostileString.map((v) => encodeURIComponent(v.isWellFormed() ? v : "x")),
);
const body = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(
    `${'{"a":'.repeat(10_000)}1${"}".repeat(10_000)}`,
    `[${"[".repeat(10_000)}]`,
    "a".repeat(70_000),
    "email=apprenant%40demo.test&password=x&csrfToken=abc",
    "\u0000\uFFFF",
  ),
  fc.json({ maxDepth: 4 }),
  fc.string({ maxLength: 200 }),
);
const handlerRequest = fc.record({
  path: fc.array(segment, { minLength: 0, maxLength: 3 }),
  method: fc.constantFrom("GET", "POST", "POST", "HEAD", "PUT", "DELETE"),
  body,
  type: fc.constantFrom("application/json", "application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x"),
  origin: fc.constantFrom(undefined, "http://portail.test", "https://attacker.example", "null"),
});

type Handler = (request: NextRequest, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
const HANDLERS: [string, string, Handler, (path: string[]) => Record<string, string | string[]>][] = [
  ["GET /api/auth/[...nextauth]", "/api/auth", authGet as Handler, (p) => ({ nextauth: p })],
  ["POST /api/auth/[...nextauth]", "/api/auth", authPost as Handler, (p) => ({ nextauth: p })],
  ["GET /api/health", "/api/health", healthGet as unknown as Handler, () => ({})],
  ["GET /admin/import/template/[kind]", "/admin/import/template", templateGet as unknown as Handler, (p) => ({ kind: p[0] ?? "" })],
];

describe("generated requests to every route handler, through proxy.ts: never a 5xx, nothing written", () => {
  it.each(HANDLERS)("%s", { timeout: 120_000 }, async (name, base, handler, params) => {
    const before = await checksum();
    await fc.assert(
      fc.asyncProperty(handlerRequest, async (r) => {
        const method = name.startsWith("POST") ? "POST" : r.method === "POST" ? "GET" : r.method;
        const withBody = !["GET", "HEAD"].includes(method) && r.body !== undefined;
        const make = () =>
          new NextRequest(`http://portail.test${base}/${r.path.join("/")}`, {
            method,
            headers: { host: "portail.test", "content-type": r.type, ...(r.origin ? { origin: r.origin } : {}) },
            body: withBody ? r.body : undefined,
          });
        const screened = await proxy(make());
        if (screened.status !== 200) {
          expect([400, 403, 413]).toContain(screened.status);
          return;
        }
        // The segments as the URL normalised them ("a/.." is nothing), decoded as Next.js would.
        const pathname = new URL(make().url).pathname;
        if (pathname !== base && !pathname.startsWith(`${base}/`)) return; // "../" led to another route
        const segments = pathname.slice(base.length).split("/").filter(Boolean);
        let decoded: string[];
        try {
          decoded = segments.map((p) => decodeURIComponent(p));
        } catch {
          throw new Error(`proxy.ts let an undecodable path through: ${segments.join("/")}`);
        }
        const response = await handler(make(), { params: Promise.resolve(params(decoded)) });
        expect(response.status, `${name} ${r.path.join("/")}`).toBeLessThan(500);
      }),
      { numRuns: HANDLER_RUNS },
    );
    // Signed out (or a stranger's CSRF): no handler writes anything.
    expect(await checksum()).toBe(before);
  });
});
