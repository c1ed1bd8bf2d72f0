import { describe, expect, it } from "vitest";
import { demoStartRefusal, type DemoStart } from "@/lib/domain/demo-accounts";

// Each row: the start, and whether the server refuses it.
const ROWS: [string, DemoStart, boolean][] = [
  ["production with a demo account that can sign in", { production: true, demoAllowed: false, demoSignIns: 1 }, true],
  ["production with 73 of them", { production: true, demoAllowed: false, demoSignIns: 73 }, true],
  ["production, demo accounts all closed", { production: true, demoAllowed: false, demoSignIns: 0 }, false],
  ["production on a declared demo or test instance", { production: true, demoAllowed: true, demoSignIns: 73 }, false],
  ["development (next dev) with demo accounts", { production: false, demoAllowed: false, demoSignIns: 73 }, false],
];

describe("starting while demo accounts can sign in", () => {
  it.each(ROWS)("%s", (_name, start, refused) => {
    expect(demoStartRefusal(start) !== null).toBe(refused);
  });

  it("says how many, how to close them, and how a demo instance opts in", () => {
    expect(demoStartRefusal({ production: true, demoAllowed: false, demoSignIns: 1 })).toContain("1 demo account (@demo.test) can sign in");
    const message = demoStartRefusal({ production: true, demoAllowed: false, demoSignIns: 73 });
    expect(message).toContain("73 demo accounts (@demo.test) can sign in");
    expect(message).toContain(`UPDATE "User" SET active = false, "passwordHash" = NULL WHERE email LIKE '%@demo.test';`);
    expect(message).toContain("ALLOW_DEMO_ACCOUNTS=1");
  });
});
