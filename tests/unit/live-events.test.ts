// The live channel's pure rules (issue 15): NOTIFY payloads parsed strictly, SSE frames,
// the reconnection backoff, and presence expiring by the clock.
import { describe, expect, it } from "vitest";
import { backoffDelay, parseLiveEvent, sseFrame } from "@/lib/domain/live-events";
import { livePresence, PRESENCE_TTL_MS, TYPING_TTL_MS } from "@/lib/domain/presence";

describe("parseLiveEvent", () => {
  it.each([
    ['{"k":"n","u":"u1"}', { k: "n", u: "u1" }],
    ['{"k":"r","r":"req1"}', { k: "r", r: "req1" }],
    ['{"k":"p","r":"req1"}', { k: "p", r: "req1" }],
    ['{"k":"s","s":"3f1c2a9e-0b7d-4c2e-9a55-1d2e3f4a5b6c"}', { k: "s", s: "3f1c2a9e-0b7d-4c2e-9a55-1d2e3f4a5b6c" }],
    ['{"k":"v","u":"u1"}', { k: "v", u: "u1" }],
  ])("reads %s", (payload, event) => {
    expect(parseLiveEvent(payload)).toEqual(event);
  });

  it.each([undefined, "", "not json", "null", "[]", '{"k":"x","u":"u1"}', '{"k":"n"}', '{"k":"n","u":"a b"}', '{"k":"r","r":42}', `{"k":"n","u":"${"a".repeat(600)}"}`])("refuses %s", (payload) => {
    expect(parseLiveEvent(payload)).toBeNull();
  });

  it("keeps only the fields of its kind (no extra data travels on)", () => {
    expect(parseLiveEvent('{"k":"n","u":"u1","body":"secret"}')).toEqual({ k: "n", u: "u1" });
  });
});

describe("sseFrame", () => {
  it("is one named event with one JSON line", () => {
    expect(sseFrame("request", { r: "req1" })).toBe('event: request\ndata: {"r":"req1"}\n\n');
    expect(sseFrame("notification")).toBe("event: notification\ndata: {}\n\n");
  });
});

describe("backoffDelay", () => {
  it("doubles from the minimum and stops at the cap", () => {
    expect([0, 1, 2, 3, 10].map((n) => backoffDelay(n, 500, 30_000))).toEqual([500, 1000, 2000, 4000, 30_000]);
    expect(backoffDelay(1_000)).toBe(30_000);
  });
});

describe("livePresence", () => {
  const now = new Date("2026-12-04T10:00:00Z");
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const row = (userId: string, state: string, seenAt: Date, firstName = userId) => ({ userId, firstName, lastName: "X", state, seenAt });

  it("leaves out the viewer and whoever's last beat is older than the TTL", () => {
    const rows = [row("me", "VIEWING", ago(1_000)), row("gone", "VIEWING", ago(PRESENCE_TTL_MS)), row("here", "VIEWING", ago(PRESENCE_TTL_MS - 1))];
    expect(livePresence(rows, "me", now).map((p) => p.userId)).toEqual(["here"]);
  });

  it("reads typing as viewing once the last keystroke beat is old", () => {
    const rows = [row("Bea", "TYPING", ago(TYPING_TTL_MS + 1)), row("Ali", "TYPING", ago(1_000))];
    expect(livePresence(rows, "me", now)).toEqual([
      { userId: "Ali", name: "Ali X", state: "TYPING" },
      { userId: "Bea", name: "Bea X", state: "VIEWING" },
    ]);
  });

  it("puts who is typing first, then by name", () => {
    const rows = [row("c", "VIEWING", ago(0), "Zoé"), row("b", "VIEWING", ago(0), "Émile"), row("a", "TYPING", ago(0), "Yann")];
    expect(livePresence(rows, "me", now).map((p) => p.name)).toEqual(["Yann X", "Émile X", "Zoé X"]);
  });
});
