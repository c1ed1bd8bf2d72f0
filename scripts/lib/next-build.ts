// `next build` only when the last build is older than the sources: shared by
// npm start and the e2e runner. Simple rule: every file of the project counts
// except the directories and files below, which cannot change the build, and
// of prisma/ only the schema (the client is generated from it).
import fs from "node:fs";
import path from "node:path";
import { bin, projectRoot } from "./paths";
import { run } from "./run";

const IGNORED_DIRS = new Set([
  "node_modules", ".next", ".git", ".ci", ".github", "data", "cache", "coverage",
  "tests", "scripts", "test-results", "playwright-report", "blob-report", "docs",
]);
const IGNORED_FILES = [/\.md$/i, /^\.gitignore$/, /^playwright\.config\.ts$/, /^vitest\.config\.ts$/, /\.tsbuildinfo$/, /^next-env\.d\.ts$/];

const PRISMA_DIR = path.join(projectRoot, "prisma") + path.sep;
const PRISMA_SCHEMA = path.join(projectRoot, "prisma", "schema.prisma");

function newestSource(dir: string): { file: string; mtimeMs: number } {
  let newest = { file: "", mtimeMs: 0 };
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (full.startsWith(PRISMA_DIR) && full !== PRISMA_SCHEMA) continue;
    if (entry.isDirectory()) {
      if (IGNORED_DIRS.has(entry.name)) continue;
      const inner = newestSource(full);
      if (inner.mtimeMs > newest.mtimeMs) newest = inner;
    } else if (entry.isFile() && !IGNORED_FILES.some((re) => re.test(entry.name))) {
      const mtimeMs = fs.statSync(full).mtimeMs;
      if (mtimeMs > newest.mtimeMs) newest = { file: full, mtimeMs };
    }
  }
  return newest;
}

/** Why a build is needed, or undefined when .next/BUILD_ID is newer than every source file. */
export function buildNeeded(): string | undefined {
  const buildId = path.join(projectRoot, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return "no production build yet";
  const builtAt = fs.statSync(buildId).mtimeMs;
  const newest = newestSource(projectRoot);
  if (newest.mtimeMs > builtAt) return `${path.relative(projectRoot, newest.file)} changed since the last build`;
  return undefined;
}

/** Builds when needed; env is passed to `next build` (DATABASE_URL is not used by it). */
export async function ensureBuild(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const reason = buildNeeded();
  if (!reason) {
    console.log("[build] the production build is up to date.");
    return;
  }
  console.log(`[build] running next build (${reason})…`);
  await run(bin("next"), ["build"], { env: { ...env, NEXT_TELEMETRY_DISABLED: "1" } });
}
