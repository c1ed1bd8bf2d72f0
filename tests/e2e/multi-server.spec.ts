import type { ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import path from "node:path";
import { type Page } from "@playwright/test";
import { expect, test } from "./support";
import bcrypt from "bcryptjs";
import pg from "pg";
import { startTestSmtp, type TestSmtp } from "../integration/support/smtp";
import { recreateDatabase } from "../../scripts/lib/pg-admin";
import { migrateDeploy } from "../../scripts/lib/prisma-cli";
import { launch, ROOT as root, startNextServer, stop, type Server } from "./servers";
import { PrismaClient } from "@prisma/client";
import { PrismaPg } from "@prisma/adapter-pg";
import { createLearner, createRequest, createUser, TEST_PASSWORD } from "../factories";

// The README's "Deploying" shape: two app servers (`next start` from the same build) and two
// workers on one PostgreSQL, sharing AUTH_SECRET and the server-actions key. On a database of
// their own, with no demo account and no ALLOW_DEMO_ACCOUNTS (so both servers also pass the
// production start-up check), and apart from the suite's database, where other specs run a
// worker of their own that would deliver this spec's email to their SMTP server.
test.describe.configure({ mode: "serial" });

const DATABASE = `portal_e2e_multi_${createHash("sha1").update(root).digest("hex").slice(0, 8)}`;
const SHARED = {
  AUTH_SECRET: randomBytes(32).toString("base64url"),
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
};
const ADMIN = { email: `admin.${Date.now()}@ecole.example.fr`, password: "une phrase de passe multi-serveurs" };
// Locked out by the rate-limit test (not the admin, whom the other tests sign in).
const MENTOR = { email: `mentor.${Date.now()}@ecole.example.fr`, password: "une autre phrase de passe" };

let databaseUrl: string;
let smtp: TestSmtp;
const servers: Server[] = [];
const workers: ChildProcess[] = [];

function environment(vars: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1", ...SHARED, ...vars };
  // A real school's instance: no demo opt-in; the public address is whichever server answers.
  for (const name of ["ALLOW_DEMO_ACCOUNTS", "AUTH_URL", "APP_URL", "E2E_DATABASE_URL"]) delete env[name];
  return env;
}

function startServer(): Promise<Server> {
  return startNextServer(environment({ NODE_ENV: "production", AUTH_TRUST_HOST: "true", I18N_STRICT: "1" }));
}

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

test.beforeAll(async () => {
  test.setTimeout(300_000);
  databaseUrl = await recreateDatabase(process.env.E2E_DATABASE_URL!, DATABASE);
  await migrateDeploy(databaseUrl);
  await query(
    `INSERT INTO "User" (id, email, "firstName", "lastName", role, "passwordHash", "updatedAt") VALUES ($1, $2, 'Ada', 'Admin', 'ADMIN', $3, now())`,
    [`multi-admin-${Date.now()}`, ADMIN.email, bcrypt.hashSync(ADMIN.password, 10)],
  );
  await query(
    `INSERT INTO "User" (id, email, "firstName", "lastName", role, "passwordHash", "updatedAt") VALUES ($1, $2, 'Marc', 'Mentor', 'MENTOR', $3, now())`,
    [`multi-mentor-${Date.now()}`, MENTOR.email, bcrypt.hashSync(MENTOR.password, 10)],
  );
  smtp = await startTestSmtp();
  const workerArgs = ["--conditions=react-server", "--import", "tsx", path.join(root, "scripts", "worker.ts")];
  for (let i = 0; i < 2; i++) {
    workers.push(launch(process.execPath, workerArgs, environment({ SMTP_URL: smtp.url, MAIL_FROM: "Portail <portail@ecole.example.fr>" }), []));
  }
  servers.push(...(await Promise.all([startServer(), startServer()])));
});

test.afterAll(async () => {
  await Promise.all([...servers.map((s) => stop(s.process)), ...workers.map(stop)]);
  await smtp?.stop();
});

async function submitSignIn(page: Page, server: Server, email: string, password: string) {
  await page.goto(`${server.url}/login`);
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}

async function signIn(page: Page, server: Server) {
  await submitSignIn(page, server, ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(`${server.url}/admin`);
}

test("a session opened on one app server goes on on the other", async ({ page }) => {
  const [a, b] = servers;
  await signIn(page, a);
  // Cookies belong to the host, not the port: B receives A's session cookie, as behind a proxy.
  await page.goto(`${b.url}/admin/users`);
  await expect(page).toHaveURL(`${b.url}/admin/users`);
  await expect(page.getByRole("heading", { level: 1, name: "Comptes" })).toBeVisible();
});

test("a notification written through one server reaches, live, a browser listening on the other's stream", async ({ browser }) => {
  const [a, b] = servers;
  // Users made here (the factories, on this spec's database): a support member and a learner with a request.
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  let support: { email: string };
  let learner: { id: string; user: { email: string } };
  let requestId: string;
  try {
    support = await createUser(prisma, { role: "SUPPORT", firstName: "Sonia", lastName: "Support" });
    learner = await createLearner(prisma, { firstName: "Lina", lastName: "Live" });
    requestId = (await createRequest(prisma, { learnerId: learner.id, subject: "Question en direct" })).id;
  } finally {
    await prisma.$disconnect();
  }

  // The learner's browser is connected to B's /api/events. (Contexts closed in any case: an open stream is a live connection to B.)
  const learnerPage = await (await browser.newContext()).newPage();
  const supportPage = await (await browser.newContext()).newPage();
  try {
  await submitSignIn(learnerPage, b, learner.user.email, TEST_PASSWORD);
  await expect(learnerPage).toHaveURL(`${b.url}/learner`);
  await learnerPage.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const heard: string[] = [];
        (window as unknown as { heard: string[] }).heard = heard;
        const es = new EventSource("/api/events");
        for (const type of ["ready", "notification", "request"]) es.addEventListener(type, () => heard.push(type));
        es.addEventListener("ready", () => resolve(), { once: true });
        setTimeout(() => reject(new Error("the stream did not open")), 15_000);
      }),
  );

  // Support replies through A.
  await submitSignIn(supportPage, a, support.email, TEST_PASSWORD);
  await expect(supportPage).toHaveURL(`${a.url}/support`);
  await supportPage.goto(`${a.url}/support/requests/${requestId}`);
  await supportPage.getByLabel("Répondre au demandeur").fill("Voici la réponse, envoyée par le serveur A.");
  await supportPage.getByRole("button", { name: "Envoyer la réponse" }).click();
  await expect(supportPage.getByText("Réponse envoyée.")).toBeVisible();

  // B hears it from PostgreSQL and tells the learner's browser: no reload, well before the 30 s poll.
  await learnerPage.waitForFunction(() => (window as unknown as { heard: string[] }).heard.includes("notification"), undefined, { timeout: 10_000 });
  await expect(learnerPage.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: /^Notifications\W+1 non lue$/ })).toBeVisible({ timeout: 10_000 });
  } finally {
    await learnerPage.context().close();
    await supportPage.context().close();
  }
});

test("a form served by one server is handled by the other, and its email is delivered once by two workers", async ({ page }) => {
  const [a, b] = servers;
  await signIn(page, b);
  // A load balancer: the page comes from B, its server action goes to A.
  let handledByA = 0;
  await page.route(`${b.url}/admin/users/new`, async (route) => {
    const request = route.request();
    if (request.method() !== "POST") return route.fallback();
    const headers = { ...(await request.allHeaders()), host: new URL(a.url).host, origin: a.url };
    const response = await route.fetch({ url: `${a.url}/admin/users/new`, headers });
    handledByA += 1;
    await route.fulfill({ response });
  });

  const invited = `invite.${Date.now()}@ecole.example.fr`;
  await page.goto(`${b.url}/admin/users/new`);
  await page.getByLabel("Prénom").fill("Paul");
  await page.getByLabel("Nom", { exact: true }).fill("Multiserveur");
  await page.getByLabel("Adresse e-mail").fill(invited);
  await page.getByLabel("Rôle").selectOption("MENTOR");
  await page.getByRole("button", { name: "Créer le compte" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Une invitation a été envoyée à ${invited}` })).toBeVisible();
  expect(handledByA).toBe(1);

  const deliveries = () => smtp.messages.filter((m) => JSON.stringify(m.to).includes(invited)).length;
  await expect.poll(deliveries, { timeout: 30_000 }).toBe(1);
  await expect
    .poll(async () => (await query<{ status: string }>(`SELECT status FROM "EmailOutbox" WHERE "toAddress" = $1`, [invited])).map((r) => r.status), { timeout: 15_000 })
    .toEqual(["SENT"]);
  // Both workers keep polling (every 5 s): give either a couple of rounds to send it again.
  await new Promise((resolve) => setTimeout(resolve, 11_000));
  expect(deliveries()).toBe(1);
  expect(workers.map((w) => w.exitCode)).toEqual([null, null]);
});

test("sign-out on one server ends the session on the other, even for the cookie kept from before", async ({ page, browser }) => {
  const [a, b] = servers;
  await signIn(page, a);
  const kept = await page.context().storageState();
  await page.goto(`${b.url}/admin`);
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL(/\/login$/);
  const replay = await browser.newContext({ storageState: kept });
  const other = await replay.newPage();
  await other.goto(`${a.url}/admin`);
  await expect(other).toHaveURL(`${a.url}/login`);
  await replay.close();
});

test("a sign-in limit tripped on one server holds on the other", async ({ page }) => {
  const [a, b] = servers;
  for (let i = 0; i < 10; i++) {
    await submitSignIn(page, a, MENTOR.email, "pas le bon mot de passe");
    await expect(page.getByRole("alert", { name: "Il y a un problème" })).toContainText("Adresse e-mail ou mot de passe incorrect.");
  }
  // The right password, on the other server: refused until the window ends, and said so.
  await submitSignIn(page, b, MENTOR.email, MENTOR.password);
  await expect(page.getByRole("alert", { name: "Il y a un problème" })).toContainText("Trop d'échecs de connexion pour ce compte ou depuis cette adresse. Réessayez à partir de");
  await expect(page).toHaveURL(`${b.url}/login`);
  expect((await query<{ count: number }>(`SELECT count FROM "RateLimit" WHERE key = $1`, [`signin:account:${MENTOR.email}`]))[0]?.count).toBe(10);
  // Auth.js's own endpoint is behind the same check: refused with the rate-limit code.
  const { csrfToken } = (await (await page.request.get(`${a.url}/api/auth/csrf`)).json()) as { csrfToken: string };
  const response = await page.request.post(`${a.url}/api/auth/callback/credentials`, {
    form: { csrfToken, email: MENTOR.email, password: MENTOR.password, callbackUrl: `${a.url}/` },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  expect(response.headers().location).toContain("code=rate_limited");
  const cookies = await page.context().cookies();
  expect(cookies.filter((c) => c.name.includes("session-token"))).toEqual([]);
});
