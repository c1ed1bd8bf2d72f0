import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DATA_CLASSES, RETENTION_SCHEDULE, retentionCutoff } from "@/lib/domain/retention";

const register = fs.readFileSync(path.resolve(__dirname, "../../docs/registre-des-traitements.md"), "utf8");

describe("the processing register stays true to the retention schedule", () => {
  it.each(DATA_CLASSES)("%s appears in docs/registre-des-traitements.md with its period", (dataClass) => {
    const line = register.split("\n").find((l) => l.includes(`\`${dataClass}\``));
    expect(line, `${dataClass} missing from the register`).toBeDefined();
    expect(line).toContain(`${RETENTION_SCHEDULE[dataClass].months} mois`);
  });

  it("cut-offs are calendar months back from now", () => {
    expect(retentionCutoff("CONFIDENTIAL_DETAILS", new Date("2026-12-02T10:00:00Z")).toISOString()).toBe("2026-09-02T10:00:00.000Z");
    expect(retentionCutoff("REQUESTS", new Date("2026-12-02T10:00:00Z")).toISOString()).toBe("2023-12-02T10:00:00.000Z");
  });
});
