import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACCESS_MODULES } from "./access-modules";

describe("every data module has an access matrix", () => {
  it("lib/server/data has no module missing from access-modules.ts", () => {
    const dir = path.resolve(__dirname, "../../lib/server/data");
    const modules = fs.readdirSync(dir).filter((f) => f.endsWith(".ts"));
    expect(modules.filter((m) => !(m in ACCESS_MODULES))).toEqual([]);
  });

  it("each listed test file exists", () => {
    for (const file of new Set(Object.values(ACCESS_MODULES))) {
      expect(fs.existsSync(path.resolve(__dirname, file)), file).toBe(true);
    }
  });
});
