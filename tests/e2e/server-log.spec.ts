import { expect, test, DEMO } from "./support";
import { startNextServer, stop, type Server } from "./servers";

// What the production build writes to its output: a `next start` of its own (the suite's
// server is Playwright's, whose output is not readable), on the suite's database.
let server: Server;

test.beforeAll(async () => {
  test.setTimeout(150_000);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: process.env.E2E_DATABASE_URL,
    NODE_ENV: "production",
    AUTH_SECRET: "e2e-only-secret-not-for-production-0123456789abcdef",
    AUTH_TRUST_HOST: "true",
    NEXT_TELEMETRY_DISABLED: "1",
    ALLOW_DEMO_ACCOUNTS: "1",
    LOG_LEVEL: "info",
  };
  delete env.AUTH_URL;
  delete env.APP_URL;
  server = await startNextServer(env);
});

test.afterAll(async () => {
  await stop(server?.process);
});

test("a failed sign-in is one JSON line, with the request id and no stack", async ({ page }) => {
  await page.goto(`${server.url}/login`);
  const before = server.output.join("").length;
  await page.getByLabel("Adresse e-mail").fill(DEMO.LEARNER.email);
  await page.getByLabel("Mot de passe").fill("not the right password");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByRole("alert", { name: "Il y a un problème" })).toBeVisible();
  await expect.poll(() => server.output.join("").slice(before).trim().length, { timeout: 10_000 }).toBeGreaterThan(0);
  // Whatever else would follow it (a stack printed after the line) has had time to arrive.
  await page.waitForTimeout(500);
  const lines = server.output.join("").slice(before).split("\n").filter((l) => l.trim());
  expect(lines, lines.join("\n")).toHaveLength(1);
  const entry = JSON.parse(lines[0]);
  expect(entry).toMatchObject({ level: "warn", msg: "sign-in refused" });
  expect(entry.requestId).toMatch(/^[0-9a-f-]{36}$/);
  expect(entry.time).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  expect(lines[0]).not.toMatch(/\bat .*\(|stack|CredentialsSignin/);
});
