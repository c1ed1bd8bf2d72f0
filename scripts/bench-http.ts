// The busiest pages over HTTP at the size of a large school. Seeds a scratch
// database (scripts/lib/bench-seed.ts, set-based SQL), starts the production build
// on it, signs in as one advisor, one support member and the Mentorship Manager, and prints for each page:
// throughput (autocannon, N connections), p50/p95/p99 at full load, p95 at half of
// the page's own maximum, each as a ratio to the trivial page (/login), the SQL
// statements one render sends, and the First Load JS (the scripts the HTML loads,
// gzipped). A script that prints figures, not a timed test.
//
//   npm run bench:http -- [--learners 100000] [--caseload 500] [--sessions 8]
//     [--requests 300000] [--closed N] [--duration 12] [--connections 8]
//     [--only advisor,support-open] [--keep] [--reuse portal_benchhttp_N] [--no-build] [--show-sql] [--json out.json]
//
// --closed sets the number of resolved/closed requests (default 85 % of --requests),
// e.g. --closed 1000000 for a long history; the open ones stay 15 % of --requests.
// The server is TEST_DATABASE_URL's, or a scratch embedded PostgreSQL. --reuse measures a
// database an earlier --keep left (migrated to the current schema, not seeded again).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import bcrypt from "bcryptjs";
import pg from "pg";
import { encodeCursor, PRIORITY_RANK } from "@/lib/domain/inbox";
import { resolveTestServer } from "./lib/database-url";
import { dropDatabase, recreateDatabase } from "./lib/pg-admin";
import { migrateDeploy } from "./lib/prisma-cli";
import { ensureBuild } from "./lib/next-build";
import { bin, projectRoot } from "./lib/paths";
import { freePort } from "./lib/ports";
import { BENCH_ADVISOR_EMAIL, BENCH_MANAGER_EMAIL, BENCH_SUPPORT_EMAIL, seedSchool } from "./lib/bench-seed";

const { values } = parseArgs({
  options: {
    learners: { type: "string", default: "100000" },
    caseload: { type: "string", default: "500" },
    sessions: { type: "string", default: "8" },
    requests: { type: "string" },
    closed: { type: "string" },
    duration: { type: "string", default: "12" },
    connections: { type: "string", default: "8" },
    only: { type: "string" },
    keep: { type: "boolean", default: false },
    /** A database an earlier run kept: migrate it, skip the seed and the rollups' first build. */
    reuse: { type: "string" },
    /** Serve the build in .next as it is, even if sources changed since (to measure an older build). */
    "no-build": { type: "boolean", default: false },
    json: { type: "string" },
    /** Print the SQL statements of one render of each page. */
    "show-sql": { type: "boolean", default: false },
  },
});
const learners = Number(values.learners);
const requests = Number(values.requests ?? learners * 3);
const open = Math.round(requests * 0.15);
const closed = values.closed !== undefined ? Number(values.closed) : requests - open;
const duration = Number(values.duration);
const connections = Number(values.connections);
const PASSWORD = "bench-mot-de-passe";

type Page = { name: string; path: string; as: "none" | "advisor" | "support" | "manager" };
type Result = Page & { rps: number; p50: number; p95: number; p99: number; halfP95: number; halfRate: number; sql: number; firstLoadJs: number; errors: number };

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** One autocannon run; latencies are collected per response (autocannon's own table has no p95). */
async function load(url: string, cookie: string | undefined, overallRate?: number, seconds = duration) {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections, duration: seconds, timeout: 60, headers: cookie ? { cookie } : {}, ...(overallRate ? { overallRate } : {}) },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms);
  return {
    rps: result.requests.total / seconds,
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    errors: result.non2xx + result.errors + result.timeouts,
  };
}

async function waitFor(url: string, child: ChildProcess, output: string[]) {
  for (let i = 0; i < 240; i += 1) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${output.join("")}`);
    const status = await fetch(url).then((r) => r.status, () => 0);
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer:\n${output.join("")}`);
}

/** Signs in through Auth.js's own credentials endpoint; returns the session cookie. */
async function signIn(base: string, email: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie, origin: base },
    body: new URLSearchParams({ email, password: PASSWORD, csrfToken, callbackUrl: `${base}/` }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith("authjs.session-token="));
  if (!session) throw new Error(`sign-in as ${email} failed (${response.status})`);
  return session.split(";")[0];
}

async function sqlCount(counterUrl: string): Promise<number> {
  return Number(await (await fetch(counterUrl)).text());
}

/** SQL statements one render sends (the least of three, so a once-a-minute session touch does not count). */
async function sqlPerRender(url: string, cookie: string | undefined, counterUrl: string): Promise<number> {
  let least = Infinity;
  for (let i = 0; i < 3; i += 1) {
    const before = await sqlCount(counterUrl);
    await (await fetch(url, { headers: cookie ? { cookie } : {} })).text();
    await new Promise((resolve) => setTimeout(resolve, 50));
    least = Math.min(least, (await sqlCount(counterUrl)) - before);
  }
  return least;
}

/** The scripts the page's HTML loads, fetched and gzipped: what a first visit downloads. */
async function firstLoadJs(base: string, url: string, cookie: string | undefined): Promise<number> {
  const html = await (await fetch(url, { headers: cookie ? { cookie } : {} })).text();
  // Modern browsers skip the noModule polyfills, as Next's own First Load JS does.
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\bnomodule\b/i.test(tag));
  const sources = new Set(tags.flatMap((tag) => /\bsrc="([^"]+)"/.exec(tag)?.[1] ?? []).map((src) => src.replaceAll("&amp;", "&")));
  let bytes = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    bytes += gzipSync(body, { level: 9 }).length;
  }
  return bytes;
}

async function main() {
  const server = await resolveTestServer();
  const name = values.reuse ?? `portal_benchhttp_${process.pid}`;
  const url = values.reuse ? Object.assign(new URL(server.url), { pathname: `/${name}` }).toString() : await recreateDatabase(server.url, name);
  let child: ChildProcess | undefined;
  try {
    await migrateDeploy(url);
    const db = new pg.Client({ connectionString: url });
    db.on("error", () => {}); // the drop at the end ends this connection
    await db.connect();
    let counts: Record<string, number>;
    if (values.reuse) {
      const { rows: [row] } = await db.query<{ MentoringSession: number; SupportRequest: number }>(
        `SELECT (SELECT count(*)::int FROM "MentoringSession") AS "MentoringSession", (SELECT count(*)::int FROM "SupportRequest") AS "SupportRequest"`,
      );
      counts = row;
      console.log(`Reused ${name}: ${row.MentoringSession} sessions, ${row.SupportRequest} requests.`);
    } else {
      const start = Date.now();
      console.log(`Seeding ${learners} learners, ${open} open and ${closed} closed requests…`);
      counts = await seedSchool(
        db,
        { learners, caseload: Number(values.caseload), sessionsPerLearner: Number(values.sessions), open, closed, passwordHash: bcrypt.hashSync(PASSWORD, 10) },
        new Date(),
      );
      console.log(`Seeded in ${((Date.now() - start) / 1000).toFixed(0)} s: ${Object.entries(counts).map(([t, n]) => `${t} ${n}`).join(", ")}`);
      // The worker's first run of the report rollups (the server the bench starts runs no worker).
      const rollupStart = Date.now();
      process.env.DATABASE_URL = url;
      const { runReportRollups } = await import("@/lib/server/data/report-rollups");
      const rollup = await runReportRollups(new Date());
      await (await import("@/lib/server/db")).disconnectDb();
      await db.query(`VACUUM ANALYZE "LearnerCommitmentMonth", "LearnerAttendanceMonth", "ReportRollupStale"`);
      console.log(`Report rollups built in ${((Date.now() - rollupStart) / 1000).toFixed(0)} s (${rollup.refreshed} learners).`);
    }
    // Page 40 of the open queue: the cursor after its 39 × 25th row, in the inbox's own order.
    const { rows: [last] } = await db.query<{ id: string; priority: keyof typeof PRIORITY_RANK; createdAt: Date }>(
      `SELECT id, priority, "createdAt" FROM "SupportRequest" WHERE status NOT IN ('RESOLVED', 'CLOSED')
       ORDER BY priority DESC, "createdAt" ASC, id ASC OFFSET ${39 * 25 - 1} LIMIT 1`,
    );
    const { rows: [openRequest] } = await db.query<{ id: string }>(`SELECT id FROM "SupportRequest" WHERE status = 'NEW' AND queue = 'TRIAGE' ORDER BY "createdAt" DESC LIMIT 1`);
    await db.end();
    const page40 = last ? encodeCursor({ rank: PRIORITY_RANK[last.priority], createdAt: last.createdAt.toISOString(), id: last.id }) : "";

    if (!values["no-build"]) await ensureBuild();
    const port = await freePort();
    const counterPort = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const output: string[] = [];
    child = spawn(bin("next"), ["start", "-H", "127.0.0.1", "-p", String(port)], {
      cwd: projectRoot,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: url,
        AUTH_SECRET: randomBytes(32).toString("base64"),
        AUTH_URL: base,
        APP_URL: base,
        LOG_LEVEL: "warn",
        SQL_COUNTER_PORT: String(counterPort),
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${path.join(projectRoot, "scripts/lib/sql-counter.cjs")}`.trim(),
      },
    });
    for (const stream of [child.stdout, child.stderr]) stream?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    await waitFor(`${base}/login`, child, output);
    const cookies = { none: undefined, advisor: await signIn(base, BENCH_ADVISOR_EMAIL), support: await signIn(base, BENCH_SUPPORT_EMAIL), manager: await signIn(base, BENCH_MANAGER_EMAIL) };
    const counterUrl = `http://127.0.0.1:${counterPort}/`;

    const pages: Page[] = [
      { name: "login", path: "/login", as: "none" },
      { name: "advisor", path: "/advisor", as: "advisor" },
      { name: "advisor-requests", path: "/advisor/requests", as: "advisor" },
      { name: "learner-file", path: "/advisor/learners/lrn1", as: "advisor" },
      { name: "support-triage", path: "/support", as: "support" },
      { name: "support-mine", path: "/support?queue=mine", as: "support" },
      { name: "support-advisor", path: "/support?queue=advisor", as: "support" },
      { name: "support-open", path: "/support?queue=open", as: "support" },
      { name: "request-page", path: `/support/requests/${openRequest?.id ?? "none"}`, as: "support" },
      { name: "search", path: "/support?queue=open&q=lea", as: "support" },
      ...(page40 ? [{ name: "open-page-40", path: `/support?queue=open&after=${page40}`, as: "support" } as const] : []),
      // Issue 16: the reports (every figure and its trend), a drill-down, the complaints register.
      { name: "reports", path: "/reports", as: "manager" },
      { name: "reports-quarter", path: "/reports?granularity=quarter", as: "manager" },
      { name: "reports-advisor", path: "/reports", as: "advisor" },
      { name: "reports-satisfaction", path: "/reports/satisfaction", as: "manager" },
      { name: "complaints-register", path: "/reports/complaints", as: "manager" },
    ];
    const only = values.only?.split(",");
    const results: Result[] = [];
    for (const page of pages.filter((p) => p.name === "login" || !only || only.includes(p.name))) {
      const target = `${base}${page.path}`;
      const cookie = cookies[page.as];
      const check = await fetch(target, { headers: cookie ? { cookie } : {}, redirect: "manual" });
      await check.text();
      if (check.status !== 200) throw new Error(`${page.path} answered ${check.status} as ${page.as}`);
      const sql = await sqlPerRender(target, cookie, counterUrl);
      if (values["show-sql"]) {
        const recent = (await (await fetch(`${counterUrl}recent`)).text()).split("\n");
        console.log(`  SQL of one render of ${page.path}:\n    ${recent.slice(-sql).join("\n    ")}`);
      }
      const js = await firstLoadJs(base, target, cookie);
      await load(target, cookie, undefined, Math.min(3, duration)); // warm-up: JIT, pools, plan caches
      const full = await load(target, cookie);
      const halfRate = Math.max(1, Math.floor(full.rps / 2));
      const half = await load(target, cookie, halfRate);
      const result = { ...page, ...full, halfP95: half.p95, halfRate, sql, firstLoadJs: js, errors: full.errors + half.errors };
      results.push(result);
      console.log(`  ${page.name}: ${result.rps.toFixed(1)} req/s, p50 ${result.p50} ms, p95 ${result.p95} ms, p99 ${result.p99} ms; at ${halfRate} req/s p95 ${half.p95} ms; ${sql} SQL; JS ${(js / 1024).toFixed(1)} kB${result.errors ? `; ${result.errors} errors` : ""}; load ${os.loadavg()[0].toFixed(1)}`);
    }

    const trivial = results[0].rps;
    console.log(`\nLoad average at the end (1/5/15 min, ${os.cpus().length} cores): ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")}`);
    console.log(`\n${learners} learners (caseloads of ${values.caseload}), ${counts.MentoringSession} sessions, ${counts.SupportRequest} requests (${open} open), ${connections} connections, ${duration} s a page\n`);
    console.log("| page | req/s | × /login | p50 ms | p95 ms | p99 ms | p95 ms at ½ max | SQL/render | First Load JS (gz) |");
    console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (const r of results) {
      console.log(`| ${(page40 ? r.path.replace(page40, "…(page 40)") : r.path)} | ${r.rps.toFixed(1)} | ${(r.rps / trivial).toFixed(2)} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.halfP95} | ${r.sql} | ${(r.firstLoadJs / 1024).toFixed(1)} kB |`);
    }
    if (values.json) fs.writeFileSync(values.json, JSON.stringify({ learners, requests: counts.SupportRequest, open, results }, null, 2));
  } finally {
    if (child?.pid && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once("exit", resolve));
      process.kill(-child.pid, "SIGTERM");
      await exited;
    }
    if (!values.keep && !values.reuse) await dropDatabase(server.url, name);
    else console.log(`Kept the database ${name}.`);
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
