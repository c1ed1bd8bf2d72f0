import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, inboxQuery, parseInboxFilters } from "@/lib/domain/inbox";

describe("inbox filters from the URL", () => {
  it.each([
    [{}, { queue: "triage" }],
    [{ queue: "mine", status: "NEW", priority: "URGENT" }, { queue: "mine", status: "NEW", priority: "URGENT" }],
    [{ queue: "nope", status: "DELETED", topic: "DROP TABLE" }, { queue: "triage" }],
    [{ age: "7", overdue: "1", side: "MENTOR" }, { queue: "triage", olderThanDays: 7, overdue: true, side: "MENTOR" }],
    [{ age: "5" }, { queue: "triage" }],
    [{ q: "  Léa\u0000 Dubois  " }, { queue: "triage", search: "Léa  Dubois" }],
    [{ advisor: "abc123", learner: "../etc" }, { queue: "triage", advisorId: "abc123" }],
    [{ q: ["a", "b"] }, { queue: "triage" }],
  ])("%j", (params, expected) => {
    const parsed = parseInboxFilters(params);
    expect(Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined))).toEqual(expected);
  });

  it("round-trips through the query string", () => {
    const filters = parseInboxFilters({ queue: "advisor", advisor: "abc", topic: "PLAGIARISM", age: "3", q: "Léa" });
    expect(parseInboxFilters(Object.fromEntries(new URLSearchParams(inboxQuery(filters))))).toEqual(filters);
  });
});

describe("keyset cursors", () => {
  it("round-trip", () => {
    const cursor = { rank: 2, createdAt: "2026-11-24T09:00:00.000Z", id: "clx123" };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it.each(["", "garbage", Buffer.from("9|2026-01-01|x").toString("base64url"), Buffer.from("1|not-a-date|x").toString("base64url")])(
    "refuses %s",
    (value) => {
      expect(decodeCursor(value)).toBeNull();
    },
  );
});
