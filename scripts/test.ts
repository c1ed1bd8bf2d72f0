// npm test: lint, typecheck, unit, integration, e2e, in that order, stopping
// at the first failure. Integration and e2e tests create their own databases
// on TEST_DATABASE_URL's server; without it, a scratch embedded PostgreSQL
// (./data/test-postgres) is started for the run and stopped after.
// `npm test -- unit integration` runs only the steps named.
import path from "node:path";
import { findChromium } from "./lib/chromium";
import { redact, resolveTestServer } from "./lib/database-url";
import { bin } from "./lib/paths";
import { start, tsxCommand } from "./lib/run";
import { runMain } from "./lib/shutdown";

interface Step {
  name: string;
  run: [command: string, args: string[]];
  needsDatabase?: boolean;
}

const STEPS: Step[] = [
  { name: "lint", run: ["npm", ["run", "--silent", "lint"]] },
  { name: "typecheck", run: ["npm", ["run", "--silent", "typecheck"]] },
  { name: "unit", run: [bin("vitest"), ["run", "--project", "unit"]] },
  { name: "integration", run: [bin("vitest"), ["run", "--project", "integration"]], needsDatabase: true },
  { name: "e2e", run: tsxCommand("scripts/e2e.ts"), needsDatabase: true },
];

async function main(): Promise<number> {
  const only = process.argv.slice(2);
  const unknown = only.filter((name) => !STEPS.some((s) => s.name === name));
  if (unknown.length > 0) {
    console.error(`Unknown step ${unknown.join(", ")}: choose among ${STEPS.map((s) => s.name).join(", ")}.`);
    return 1;
  }
  const steps = only.length > 0 ? STEPS.filter((s) => only.includes(s.name)) : STEPS;
  const results: string[] = [];
  let testServerUrl: string | undefined;
  let failed = false;

  for (const step of steps) {
    if (failed) {
      results.push(`  -  ${step.name}: not run`);
      continue;
    }
    if (step.needsDatabase && !testServerUrl) {
      testServerUrl = (await resolveTestServer()).url;
      console.log(`[test] test databases are created on ${redact(testServerUrl)}`);
    }
    const [command, args] = step.run;
    console.log(`\n━━ ${step.name} ━━ ${[path.basename(command), ...args].join(" ")}`);
    const began = Date.now();
    const env = testServerUrl ? { ...process.env, TEST_DATABASE_URL: testServerUrl } : process.env;
    const code = await start(command, args, { env }).exited;
    const seconds = ((Date.now() - began) / 1000).toFixed(1);
    const skipped = step.name === "e2e" && code === 0 && !findChromium().path;
    results.push(`  ${code !== 0 ? "✖" : skipped ? "⚠" : "✔"}  ${step.name}: ${code !== 0 ? `FAILED (exit code ${code})` : skipped ? "skipped (no Chromium)" : "passed"} in ${seconds}s`);
    failed = code !== 0;
  }

  console.log(`\n━━ summary ━━\n${results.join("\n")}\n`);
  return failed ? 1 : 0;
}

runMain(main);
