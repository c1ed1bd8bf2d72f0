import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACCESS_MODULES } from "./access-modules";

const dir = path.resolve(__dirname, "../../lib/server/data");
const modules = fs
  .readdirSync(dir, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".ts"))
  .map((f) => f.split(path.sep).join("/"));

describe("every data module has an access matrix", () => {
  it("lib/server/data has no module missing from access-modules.ts", () => {
    expect(modules.filter((m) => !(m in ACCESS_MODULES))).toEqual([]);
  });

  it("each listed test file exists and scans the module it covers", () => {
    for (const [module, file] of Object.entries(ACCESS_MODULES)) {
      const test = path.resolve(__dirname, file);
      expect(fs.existsSync(test), file).toBe(true);
      expect(fs.readFileSync(test, "utf8"), `${file} does not scan ${module}`).toContain(`"../../lib/server/data/${module}"`);
    }
  });
});
