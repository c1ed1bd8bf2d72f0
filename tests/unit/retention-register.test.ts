import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DATA_CLASSES, ERASURE_KEYS, ERASURE_ON_REQUEST, RETENTION_SCHEDULE, holdInForce, retentionCutoff } from "@/lib/domain/retention";

const register = fs.readFileSync(path.resolve(__dirname, "../../docs/registre-des-traitements.md"), "utf8");

describe("the processing register stays true to the retention schedule", () => {
  it.each(DATA_CLASSES)("%s appears in docs/registre-des-traitements.md with its period", (dataClass) => {
    const line = register.split("\n").find((l) => l.includes(`\`${dataClass}\``));
    expect(line, `${dataClass} missing from the register`).toBeDefined();
    expect(line).toContain(`${RETENTION_SCHEDULE[dataClass].months} mois`);
  });

  it.each(ERASURE_KEYS)("the erasure on request's line %s appears in the register", (key) => {
    const line = register.split("\n").find((l) => l.includes(`| \`${key}\` |`));
    expect(line, `${key} missing from the register`).toBeDefined();
    const item = ERASURE_ON_REQUEST[key];
    if (item.fate === "keep") expect(line).toContain(`\`${item.dataClass}\``);
  });

  it("a legal hold is in force up to and including its last day", () => {
    const endsOn = new Date("2026-12-31T00:00:00Z");
    expect(holdInForce({ endsOn }, new Date("2026-12-31T22:59:00Z"))).toBe(true);
    expect(holdInForce({ endsOn }, new Date("2027-01-01T00:00:00Z"))).toBe(false);
    expect(holdInForce(null, new Date("2026-01-01T00:00:00Z"))).toBe(false);
  });

  it("cut-offs are calendar months back from now", () => {
    expect(retentionCutoff("CONFIDENTIAL_DETAILS", new Date("2026-12-02T10:00:00Z")).toISOString()).toBe("2026-09-02T10:00:00.000Z");
    expect(retentionCutoff("REQUESTS", new Date("2026-12-02T10:00:00Z")).toISOString()).toBe("2023-12-02T10:00:00.000Z");
  });
});
