import { describe, expect, it } from "vitest";
import { mentionQuery, mentionToken, noteSegments, parseMentions } from "@/lib/domain/mentions";
import { opensRequest } from "@/lib/domain/followers";
import { digestDay, digestDue } from "@/lib/domain/notification-digest";

describe("mention parsing", () => {
  it("finds each mentioned id once, in order", () => {
    const body = "Voir @[Camille Martin](ckadv1) et @[Léa Roux](cksup2), puis encore @[Camille Martin](ckadv1).";
    expect(parseMentions(body)).toEqual(["ckadv1", "cksup2"]);
  });

  it("ignores what only looks like a mention: a bare @name, an email, a broken token, an id with other characters", () => {
    for (const body of ["@Camille merci", "ecrire à camille@example.org", "@[Camille](", "@[Camille] (ckadv1)", "@[Camille](ck adv1)", "@[](ckadv1)", "@[Ca\nmille](ckadv1)", "@[X](ck'; DROP)"]) {
      expect(parseMentions(body), body).toEqual([]);
    }
  });

  it("cuts a note into text and mentions for display", () => {
    expect(noteSegments("Bonjour @[Camille Martin](ckadv1), merci")).toEqual([{ text: "Bonjour " }, { mention: { name: "Camille Martin", id: "ckadv1" } }, { text: ", merci" }]);
    expect(noteSegments("Sans mention")).toEqual([{ text: "Sans mention" }]);
  });

  it("builds a token the parser reads back, whatever the name holds", () => {
    const token = mentionToken({ id: "ckadv1", name: "Anne [la] Conseillère" });
    expect(parseMentions(`note ${token}`)).toEqual(["ckadv1"]);
    expect(noteSegments(token)).toEqual([{ mention: { name: "Anne la Conseillère", id: "ckadv1" } }]);
  });

  it("opens the picker after an @ at a word start, with what was typed since", () => {
    expect(mentionQuery("Merci @cam")).toEqual({ start: 6, text: "cam" });
    expect(mentionQuery("@")).toEqual({ start: 0, text: "" });
    expect(mentionQuery("camille@exa")).toBeNull();
    expect(mentionQuery("@cam ")).toBeNull();
  });
});

describe("who opens a request (followers and mentions)", () => {
  const request = { assigneeId: "a1", learnerAdvisorId: "a2", topic: "ADMIN_SUPPORT" as const };
  const cases: [Parameters<typeof opensRequest>[0], typeof request | { assigneeId: null; learnerAdvisorId: null; topic: "RQTH" }, boolean][] = [
    [{ id: "s", role: "SUPPORT", active: true }, request, true],
    [{ id: "m", role: "MENTORSHIP_MANAGER", active: true }, request, true],
    [{ id: "a1", role: "ADVISOR", active: true }, request, true],
    [{ id: "a2", role: "ADVISOR", active: true }, request, true],
    [{ id: "a3", role: "ADVISOR", active: true }, request, false],
    [{ id: "r", role: "DISABILITY_REFERENT", active: true }, request, false],
    [{ id: "r", role: "DISABILITY_REFERENT", active: true }, { assigneeId: null, learnerAdvisorId: null, topic: "RQTH" }, true],
    [{ id: "mt", role: "MENTOR", active: true }, request, false],
    [{ id: "l", role: "LEARNER", active: true }, request, false],
    [{ id: "ad", role: "ADMIN", active: true }, request, false],
    [{ id: "s", role: "SUPPORT", active: false }, request, false],
  ];
  it.each(cases)("%o on %o → %s", (person, r, expected) => {
    expect(opensRequest(person, r)).toBe(expected);
  });
});

describe("the daily digest's day", () => {
  it("is the Paris calendar day, due from 7:00 Paris time", () => {
    // 23:30 UTC on 7 December is already 8 December in Paris (UTC+1 in winter).
    expect(digestDay(new Date("2026-12-07T23:30:00Z"))).toEqual(new Date("2026-12-08T00:00:00Z"));
    expect(digestDue(new Date("2026-12-08T05:59:00Z"))).toBe(false);
    expect(digestDue(new Date("2026-12-08T06:00:00Z"))).toBe(true);
    // Summer time: 7:00 in Paris is 5:00 UTC.
    expect(digestDue(new Date("2026-07-01T05:00:00Z"))).toBe(true);
  });
});
