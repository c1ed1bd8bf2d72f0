// Browser tests. Run them through `npm run test:e2e` (scripts/e2e.ts), which
// prepares a fresh seeded database and a production build, finds Chromium and
// a free port, and passes them in E2E_DATABASE_URL, CHROMIUM_PATH, E2E_PORT.
import { defineConfig, devices } from "@playwright/test";

const databaseUrl = process.env.E2E_DATABASE_URL;
if (!databaseUrl) {
  throw new Error("E2E_DATABASE_URL is not set: run the browser tests with `npm run test:e2e`.");
}
const port = Number(process.env.E2E_PORT || 3100);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  // Journeys through several pages and users; generous on a busy 2-core machine.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: "list",
  use: {
    baseURL,
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
          // No sandbox (root in containers), and nothing that calls home:
          // these machines reach no network but the package registries.
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
          ],
        },
      },
    },
  ],
  webServer: {
    // Not through npx: its wrapper leaves an orphan server holding the port.
    command: `./node_modules/.bin/next start -H 127.0.0.1 -p ${port}`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: "e2e-only-secret-not-for-production-0123456789abcdef",
      AUTH_TRUST_HOST: "true",
      AUTH_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: "1",
      // The suite signs in with the demo accounts; without it `next start` refuses them (instrumentation.ts).
      ALLOW_DEMO_ACCOUNTS: "1",
      // A missing message or placeholder throws instead of showing a fallback.
      I18N_STRICT: "1",
    },
  },
});
