import { describe, expect, it } from "vitest";
import type { Role } from "@prisma/client";
import {
  ABSOLUTE_LIFETIME_MS,
  IDLE_TIMEOUT_MS,
  readClaims,
  sessionIsValid,
  sessionVerdict,
  shouldTouch,
  withinAbsoluteLifetime,
  type SessionRecord,
} from "@/lib/domain/session-policy";

const T0 = new Date("2026-12-01T08:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);
const MIN = 60_000;
const claims = { sub: "u1", sid: "s1", sv: 3, signedInAt: T0.getTime() };

function record(role: Role, changes: { active?: boolean; sessionVersion?: number; lastSeenAt?: Date; endedAt?: Date | null; userId?: string } = {}): SessionRecord {
  return {
    user: { id: "u1", role, active: changes.active ?? true, sessionVersion: changes.sessionVersion ?? 3 },
    session: { userId: changes.userId ?? "u1", lastSeenAt: changes.lastSeenAt ?? T0, endedAt: changes.endedAt ?? null },
  };
}

describe("sessionVerdict", () => {
  it.each([
    ["a fresh learner session", record("LEARNER"), at(1 * MIN), "ok"],
    ["a fresh admin session", record("ADMIN"), at(1 * MIN), "ok"],
    ["no such session row", { user: null, session: null }, at(0), "unknown"],
    ["a session row of another account", record("LEARNER", { userId: "u2" }), at(0), "unknown"],
    ["ended by sign-out", record("LEARNER", { endedAt: at(5 * MIN) }), at(6 * MIN), "ended"],
    ["a deactivated account", record("LEARNER", { active: false }), at(1 * MIN), "inactive"],
    ["an older session version (revoked)", record("LEARNER", { sessionVersion: 4 }), at(1 * MIN), "revoked"],
    ["a learner just before 12 h", record("LEARNER", { lastSeenAt: at(ABSOLUTE_LIFETIME_MS - 2 * MIN) }), at(ABSOLUTE_LIFETIME_MS - 1), "ok"],
    ["a learner at 12 h", record("LEARNER", { lastSeenAt: at(ABSOLUTE_LIFETIME_MS - MIN) }), at(ABSOLUTE_LIFETIME_MS), "expired"],
    ["a learner idle 2 h (no idle timeout)", record("LEARNER"), at(120 * MIN), "ok"],
    ["a mentor idle 2 h (no idle timeout)", record("MENTOR"), at(120 * MIN), "ok"],
    ["an advisor idle 29 min", record("ADVISOR"), at(29 * MIN), "ok"],
    ["an advisor idle 30 min", record("ADVISOR"), at(IDLE_TIMEOUT_MS), "idle"],
    ["support idle 31 min", record("SUPPORT"), at(31 * MIN), "idle"],
    ["a manager idle 31 min", record("MENTORSHIP_MANAGER"), at(31 * MIN), "idle"],
    ["an admin idle 31 min", record("ADMIN"), at(31 * MIN), "idle"],
    ["an admin active 5 min ago, 3 h in", record("ADMIN", { lastSeenAt: at(175 * MIN) }), at(180 * MIN), "ok"],
    ["a token from the future", record("LEARNER"), at(-MIN), "expired"],
  ] as const)("%s → %s", (_name, rec, now, verdict) => {
    expect(sessionVerdict(claims, rec as SessionRecord, now)).toBe(verdict);
    expect(sessionIsValid(claims, rec as SessionRecord, now)).toBe(verdict === "ok");
  });
});

describe("the absolute lifetime and the activity record", () => {
  it.each([
    [0, true],
    [ABSOLUTE_LIFETIME_MS - 1, true],
    [ABSOLUTE_LIFETIME_MS, false],
    [-1, false],
  ])("signed in %d ms ago: within = %s", (age, within) => {
    expect(withinAbsoluteLifetime(T0.getTime(), at(age))).toBe(within);
  });

  it.each([
    [30_000, false],
    [60_000, true],
  ])("last seen %d ms ago: touch = %s", (age, touch) => {
    expect(shouldTouch(T0, at(age))).toBe(touch);
  });

  it.each([
    [{ sub: "u", sid: "s", sv: 0, signedInAt: 1 }, true],
    [{ sub: "u" }, false],
    [{ sub: "u", sid: "s", sv: "0", signedInAt: 1 }, false],
    [null, false],
  ])("claims %j readable: %s", (token, ok) => {
    expect(readClaims(token as Record<string, unknown> | null) !== null).toBe(ok);
  });
});
