import { describe, expect, it } from "vitest";
import { blockedUntil, RATE_RULES, withinLimit } from "@/lib/domain/rate-limits";
import { clientIpFrom, UNKNOWN_CLIENT } from "@/lib/domain/client-ip";

const T0 = new Date("2026-12-01T08:00:00Z");
const at = (min: number) => new Date(T0.getTime() + min * 60_000);
const rule = RATE_RULES.signInAccount; // 10 in 15 min

describe("blockedUntil (fixed window)", () => {
  it.each([
    ["no counter", null, at(0), null],
    ["9 failures", { windowStart: T0, count: 9 }, at(1), null],
    ["10 failures, inside the window", { windowStart: T0, count: 10 }, at(14), at(15)],
    ["10 failures, window ended", { windowStart: T0, count: 10 }, at(15), null],
    ["75 failures, inside the window", { windowStart: T0, count: 75 }, at(1), at(15)],
  ] as const)("%s", (_name, counter, now, until) => {
    expect(blockedUntil(rule, counter, now)).toEqual(until);
  });

  it.each([
    [3, true],
    [4, false],
  ])("reset email number %d within the limit: %s", (count, ok) => {
    expect(withinLimit(RATE_RULES.resetEmail, count)).toBe(ok);
  });
});

describe("clientIpFrom", () => {
  it.each([
    ["no trusted proxy: X-Forwarded-For ignored", "203.0.113.7", false, UNKNOWN_CLIENT],
    ["trusted proxy: its entry (the last)", "198.51.100.1, 203.0.113.7", true, "203.0.113.7"],
    ["trusted proxy, one entry", "203.0.113.7", true, "203.0.113.7"],
    ["trusted proxy, no header", null, true, UNKNOWN_CLIENT],
    ["trusted proxy, empty entries", " , ", true, UNKNOWN_CLIENT],
  ] as const)("%s", (_name, header, trust, ip) => {
    expect(clientIpFrom(header, trust)).toBe(ip);
  });
});
