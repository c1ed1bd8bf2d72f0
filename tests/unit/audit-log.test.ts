import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, auditActionKey, auditChanges, csvFile, csvLine, isDayString, referencedIds } from "@/lib/domain/audit-log";
import { fr } from "@/lib/i18n/messages/fr";

describe("the audit log's catalogue", () => {
  it("every action code the data layer writes has a sentence", () => {
    const dir = path.resolve(__dirname, "../../lib/server/data");
    const written = new Set<string>();
    for (const file of fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"))) {
      const text = fs.readFileSync(path.join(dir, file), "utf8");
      for (const m of text.matchAll(/action: (?:[^"\n]*\? )?"([a-z][a-zA-Z]*(?:\.[a-zA-Z]+)+)"(?: : "([a-z][a-zA-Z]*(?:\.[a-zA-Z]+)+)")?/g)) {
        written.add(m[1]);
        if (m[2]) written.add(m[2]);
      }
    }
    expect(written.size).toBeGreaterThan(20);
    expect([...written].filter((code) => !AUDIT_ACTIONS.includes(code))).toEqual([]);
    const sentences = fr.auditLog.actions as Record<string, string>;
    expect(AUDIT_ACTIONS.filter((code) => !sentences[auditActionKey(code)!])).toEqual([]);
  });

  it("an unknown code has no key", () => {
    expect(auditActionKey("learner.advisor.changed")).toBe("learnerAdvisorChanged");
    expect(auditActionKey("learner.weeklyCommitment.update")).toBe("learnerWeeklyCommitmentUpdate");
    expect(auditActionKey("something.else")).toBeNull();
  });
});

describe("what changed", () => {
  it("lists changed fields, before → after, leaving out the unchanged ones", () => {
    expect(auditChanges({ advisorId: "a", reason: null }, { advisorId: "b", reason: null })).toEqual([{ field: "advisorId", before: "a", after: "b" }]);
  });
  it("a creation has only an after", () => {
    expect(auditChanges(null, { role: "MENTOR" })).toEqual([{ field: "role", before: undefined, after: "MENTOR" }]);
  });
  it("finds the ids to resolve", () => {
    expect(
      referencedIds({ entityType: "LearnerProfile", entityId: "l1", before: { mentorId: "m1", trainingPathId: "p1" }, after: { mentorId: "m2", resolved: ["r1", "r2"] } }),
    ).toEqual({ users: ["l1", "m1", "m2"], paths: ["p1"], requests: ["r1", "r2"] });
  });
  it("checks calendar days", () => {
    expect(isDayString("2026-12-03")).toBe(true);
    expect(isDayString("2026-02-30")).toBe(false);
    expect(isDayString("03/12/2026")).toBe(false);
  });
});

describe("CSV for French Excel", () => {
  it("separates with ';', quotes what needs it, defuses formulas", () => {
    expect(csvLine(["Léa", "a;b", 'dit "oui"', "=SUM(A1)", "ligne\nsuivante"])).toBe('Léa;"a;b";"dit ""oui""";\'=SUM(A1);"ligne\nsuivante"');
  });
  it("starts with a UTF-8 byte order mark and ends lines with CRLF", () => {
    const file = csvFile([["a", "b"], ["é", "è"]]);
    expect(file.charCodeAt(0)).toBe(0xfeff);
    expect(file.slice(1)).toBe("a;b\r\né;è\r\n");
  });
});
