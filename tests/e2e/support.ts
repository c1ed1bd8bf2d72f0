import AxeBuilder from "@axe-core/playwright";
import pg from "pg";
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";

// Every spec imports `test` and `expect` from here: the suite runs with the CSP of proxy.ts
// on, and a test fails on any CSP violation the browser reports, in any page it opened.
const CSP_MESSAGE = /Content Security Policy|Refused to/i;
let cspViolations: string[] = [];

async function watchCsp(context: BrowserContext) {
  // The page's own report of each blocked script, style or frame, as a console line (Playwright
  // adds init scripts through the DevTools protocol: the CSP does not block this one).
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`Content Security Policy violation: ${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  context.on("console", (message) => {
    if (CSP_MESSAGE.test(message.text())) cspViolations.push(`${message.location().url || message.page()?.url()}: ${message.text()}`);
  });
  context.on("weberror", (error) => {
    if (CSP_MESSAGE.test(error.error().message)) cspViolations.push(error.error().message);
  });
}

export const test = base.extend<{ noCspViolation: void }>({
  noCspViolation: [
    async ({ context }, use) => {
      cspViolations = [];
      await watchCsp(context);
      await use();
      expect(cspViolations, "CSP violations reported by the browser").toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

export const DEMO_PASSWORD = "portail-demo-2026";

/** The demo accounts of the seed, and where each lands. */
export const DEMO = {
  LEARNER: { email: "apprenant@demo.test", space: "/learner" },
  MENTOR: { email: "mentor@demo.test", space: "/mentor" },
  ADVISOR: { email: "conseiller@demo.test", space: "/advisor" },
  SUPPORT: { email: "support@demo.test", space: "/support" },
  // The Mentorship Manager lands on their overview, inside the triage space.
  MENTORSHIP_MANAGER: { email: "manager@demo.test", space: "/support/manager" },
  ADMIN: { email: "admin@demo.test", space: "/admin" },
  DISABILITY_REFERENT: { email: "referent@demo.test", space: "/referent" },
} as const;

export type DemoRole = keyof typeof DEMO;
export const DEMO_ROLES = Object.keys(DEMO) as DemoRole[];
export const SPACES = ["/learner", "/mentor", "/advisor", "/support", "/admin", "/referent"] as const;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel(/Adresse e-mail|Email address/).fill(email);
  await page.getByLabel(/Mot de passe|Password/).fill(password);
  await page.getByRole("button", { name: /Se connecter|Sign in/ }).click();
}

export async function signInAs(page: Page, role: DemoRole) {
  await signIn(page, DEMO[role].email);
  await expect(page).toHaveURL(new RegExp(`${DEMO[role].space}$`));
}

/**
 * Sends the learner's contact form or the mentor's alert form and waits until
 * it is filed. Specs share one seeded database and run in any order, so the
 * portal may answer "a similar request already exists" (issue 12, duplicates
 * at the source): then this files a new one with a reason and sends again.
 */
export async function sendContactForm(page: Page, button: "Envoyer ma demande" | "Envoyer le signalement") {
  await page.getByRole("button", { name: button }).click();
  const panel = page.getByRole("region", { name: "Une demande semblable existe déjà" });
  const filed = () => /[?&](sent|added)=1/.test(page.url());
  await expect.poll(async () => (filed() ? "filed" : (await panel.isVisible()) ? "duplicate" : "pending"), { timeout: 20_000 }).not.toBe("pending");
  if (filed()) return;
  await panel.getByLabel("Envoyer une nouvelle demande", { exact: true }).check();
  await panel.getByLabel("Pourquoi une nouvelle demande ?").fill("Situation distincte (test e2e)");
  await page.getByRole("button", { name: button }).click();
  await expect(page).toHaveURL(/[?&]sent=1/, { timeout: 20_000 });
}

/** WCAG 2.2 AA rules from axe: the page must have no violation at all. */
export async function expectNoAxeViolations(page: Page) {
  // Next.js streams a dynamic page's metadata: let its <title> arrive before scanning.
  await expect(page).toHaveTitle(/\S/);
  // The portal's only frame is an email body in a sandboxed iframe (no script may run there,
  // so axe cannot be injected and would wait for its frame timeout); the <iframe> element
  // itself, its title included, is still checked.
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .options({ iframes: false })
    // Legacy mode runs axe in the page alone: the default opens a helper page to merge
    // frame results, which hung on the email frame page.
    .setLegacyMode(true)
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Presses Tab until `target` has the focus (keyboard-only use), at most `max` times. */
export async function tabTo(page: Page, target: import("@playwright/test").Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`could not reach ${target} with the Tab key`);
}

/** A page in a context of its own: another user signed in beside the test's page. */
export async function newPage(browser: import("@playwright/test").Browser) {
  const context = await browser.newContext();
  await watchCsp(context);
  return context.newPage();
}

/**
 * The set-password link of the latest email to `to`, read from the outbox table: the dev
 * mailbox masks its links and is off in the production build these tests run.
 */
export async function setPasswordLinkTo(to: string): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    let link: string | undefined;
    await expect
      .poll(async () => {
        const { rows } = await client.query<{ textBody: string }>(`SELECT "textBody" FROM "EmailOutbox" WHERE "toAddress" = $1 ORDER BY "createdAt" DESC LIMIT 1`, [to.toLowerCase()]);
        link = /https?:\/\/\S+\/set-password\/[A-Za-z0-9_-]+/.exec(rows[0]?.textBody ?? "")?.[0];
        return Boolean(link);
      })
      .toBe(true);
    return link!;
  } finally {
    await client.end();
  }
}
