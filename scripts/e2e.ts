// npm run test:e2e [-- <playwright args>]
// Browser tests against a production build on a fresh, migrated and seeded
// database `portal_e2e_<checkout>`, created on TEST_DATABASE_URL's server (or on the
// scratch embedded server in ./data/test-postgres).
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { findChromium } from "./lib/chromium";
import { resolveTestServer } from "./lib/database-url";
import { recreateDatabase } from "./lib/pg-admin";
import { ensureBuild } from "./lib/next-build";
import { bin, projectRoot } from "./lib/paths";
import { freePort } from "./lib/ports";
import { migrateDeploy, seed } from "./lib/prisma-cli";
import { start } from "./lib/run";
import { runMain } from "./lib/shutdown";

// One database per checkout, so two worktrees can run their suites at once
// on the same server; kept after a run for debugging, recreated on the next.
const E2E_DATABASE = `portal_e2e_${createHash("sha1").update(projectRoot).digest("hex").slice(0, 8)}`;

async function main(): Promise<number> {
  const chromium = findChromium();
  if (!chromium.path) {
    const ci = Boolean(process.env.CI) && !["false", "0"].includes(process.env.CI!);
    console.log(`\n${ci ? "✖" : "⚠"} e2e suite ${ci ? "cannot run" : "SKIPPED"}: ${chromium.note}.`);
    return ci ? 1 : 0;
  }
  if (!hasSpecs(path.join(projectRoot, "tests", "e2e"))) {
    console.log("⚠ e2e suite SKIPPED: no *.spec.ts or *.test.ts under tests/e2e yet.");
    return 0;
  }
  console.log(`[e2e] Chromium: ${chromium.path} (${chromium.note}).`);

  const server = await resolveTestServer();
  const url = await recreateDatabase(server.url, E2E_DATABASE);
  await migrateDeploy(url);
  await seed(url);
  await ensureBuild({ ...process.env, DATABASE_URL: url });

  const port = await freePort();
  const env = { ...process.env, E2E_DATABASE_URL: url, CHROMIUM_PATH: chromium.path, E2E_PORT: String(port) };
  return start(bin("playwright"), ["test", ...process.argv.slice(2)], { env }).exited;
}

function hasSpecs(dir: string): boolean {
  if (!fs.existsSync(dir)) return false;
  return fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).some((f) => /\.(spec|test)\.tsx?$/.test(f));
}

runMain(main);
