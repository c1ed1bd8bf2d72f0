// Reflow (WCAG 1.4.10): at 320 CSS px no page scrolls sideways, even with a
// request whose subject and message hold one long unbroken word and a long URL.
// A wide table may scroll, but only inside its own focusable region.
import fs from "node:fs";
import path from "node:path";
import { type Browser, type Page } from "@playwright/test";
import { expect, test, expectNoAxeViolations, newPage, sendContactForm, setPasswordLinkTo, signInAs, type DemoRole } from "./support";

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const LONG_WORD = "Supercalifragilistique".repeat(14).slice(0, 300);
const LONG_SUBJECT = `${"Anticonstitutionnellement".repeat(5).slice(0, 100)}`;
const LONG_URL = `https://exemple.fr/${"dossier-partage/".repeat(12)}document.pdf?version=${"9".repeat(40)}`;

type Ctx = { page: Page; browser: Browser };
/** How a role reaches a page: a fixed path, or one found by navigating (dynamic segments). */
type Visit = string | ((ctx: Ctx) => Promise<string>);

/** Every page.tsx under app/, by its route, with who visits it and how. */
const PAGES: Record<string, { roles: (DemoRole | "PUBLIC")[]; visit: Visit }> = {
  "/": { roles: ["LEARNER"], visit: "/" },
  "/login": { roles: ["PUBLIC"], visit: "/login" },
  "/forgot-password": { roles: ["PUBLIC"], visit: "/forgot-password" },
  "/accessibilite": { roles: ["PUBLIC", "LEARNER"], visit: "/accessibilite" },
  "/set-password/[token]": { roles: ["ADMIN"], visit: invitationLink },
  "/learner": { roles: ["LEARNER"], visit: "/learner" },
  "/learner/contact": { roles: ["LEARNER"], visit: "/learner/contact" },
  "/learner/requests": { roles: ["LEARNER"], visit: "/learner/requests" },
  "/learner/profile": { roles: ["LEARNER"], visit: "/learner/profile" },
  "/learner/requests/[id]": { roles: ["LEARNER"], visit: ({ page }) => fileLongRequest(page) },
  "/mentor": { roles: ["MENTOR"], visit: "/mentor" },
  "/mentor/week": { roles: ["MENTOR"], visit: "/mentor/week" },
  "/mentor/alerts": { roles: ["MENTOR"], visit: "/mentor/alerts" },
  "/mentor/profile": { roles: ["MENTOR"], visit: "/mentor/profile" },
  "/mentor/alerts/new": { roles: ["MENTOR"], visit: "/mentor/alerts/new" },
  "/mentor/alerts/[id]": { roles: ["MENTOR"], visit: ({ page }) => raiseLongAlert(page) },
  "/mentor/sessions/new": { roles: ["MENTOR"], visit: "/mentor/sessions/new" },
  "/mentor/sessions/log": { roles: ["MENTOR"], visit: "/mentor/sessions/log" },
  "/mentor/sessions/[id]": { roles: ["MENTOR"], visit: ({ page }) => firstHref(page, "/mentor/week", /^\/mentor\/sessions\/(?!new|log$|learner)[^/?]+$/) },
  "/mentor/sessions/learner/[learnerId]": { roles: ["MENTOR"], visit: ({ page }) => firstHref(page, "/mentor", /^\/mentor\/sessions\/learner\/[^/?]+$/) },
  "/advisor": { roles: ["ADVISOR"], visit: "/advisor" },
  "/advisor/requests": { roles: ["ADVISOR"], visit: "/advisor/requests" },
  "/advisor/requests/[id]": { roles: ["ADVISOR"], visit: async ({ browser }) => `/advisor/requests/${await longRequestId(browser)}` },
  "/advisor/signals": { roles: ["ADVISOR"], visit: "/advisor/signals" },
  "/advisor/signals/[learnerId]": { roles: ["ADVISOR"], visit: async ({ page }) => `/advisor/signals/${(await firstHref(page, "/advisor", /^\/advisor\/learners\/[^/?]+$/)).split("/").pop()}` },
  "/advisor/learners/[id]": { roles: ["ADVISOR"], visit: ({ page }) => firstHref(page, "/advisor", /^\/advisor\/learners\/[^/?]+$/) },
  "/advisor/learners/[id]/stakeholders": { roles: ["ADVISOR"], visit: async ({ page }) => `${await firstHref(page, "/advisor", /^\/advisor\/learners\/[^/?]+$/)}/stakeholders` },
  "/advisor/learners/[id]/cases/new": { roles: ["ADVISOR"], visit: async ({ page }) => `${await firstHref(page, "/advisor", /^\/advisor\/learners\/[^/?]+$/)}/cases/new` },
  "/advisor/learners/[id]/cases/[caseId]": { roles: ["ADVISOR"], visit: ({ page }) => openCase(page) },
  "/support": { roles: ["SUPPORT", "MENTORSHIP_MANAGER"], visit: "/support" },
  "/support/manager": { roles: ["MENTORSHIP_MANAGER"], visit: "/support/manager" },
  "/notifications": { roles: ["LEARNER", "ADVISOR"], visit: "/notifications" },
  "/support/requests/[id]": { roles: ["SUPPORT", "MENTORSHIP_MANAGER"], visit: async ({ browser }) => `/support/requests/${await longRequestId(browser)}` },
  "/support/learners/[id]": { roles: ["SUPPORT", "MENTORSHIP_MANAGER"], visit: async ({ page }) => firstHref(page, await firstHref(page, "/support", /^\/support\/requests\/[^/?]+$/), /^\/support\/learners\/[^/?]+$/) },
  "/admin": { roles: ["ADMIN"], visit: "/admin" },
  "/admin/users": { roles: ["ADMIN"], visit: "/admin/users" },
  "/admin/users/new": { roles: ["ADMIN"], visit: "/admin/users/new" },
  "/admin/users/[id]": { roles: ["ADMIN"], visit: ({ page }) => firstHref(page, "/admin/users?q=apprenant", /^\/admin\/users\/(?!new)[^/?]+$/) },
  "/admin/import": { roles: ["ADMIN"], visit: "/admin/import" },
  "/admin/assignments": { roles: ["ADMIN"], visit: "/admin/assignments" },
  "/admin/audit": { roles: ["ADMIN"], visit: "/admin/audit" },
  "/admin/privacy": { roles: ["ADMIN"], visit: "/admin/privacy?q=apprenant%40demo.test" },
  // The dev mailbox is not found in the production build these tests run (spaces.spec.ts).
  "/admin/mailbox": { roles: [], visit: "/admin/mailbox" },
  "/admin/mailbox/[id]": { roles: [], visit: "/admin/mailbox" },
  "/account": { roles: ["LEARNER", "ADMIN"], visit: "/account" },
  "/learner/booking": { roles: ["LEARNER"], visit: "/learner/booking" },
  // A booked call's page: booking.spec.ts books one and checks it with axe (the demo learner has none booked).
  "/learner/booking/[id]": { roles: [], visit: "/learner/booking" },
  // The demo's booking link (prisma/seed-data/booking-links.ts): its slots, or once booking.spec.ts
  // has sent the case a new link, the not-found page; its used state is checked with axe there.
  "/learner/booking/link/[token]": { roles: ["LEARNER"], visit: "/learner/booking/link/demo-lien-premier-appel-apprenant-2026" },
  "/learner/privacy": { roles: ["LEARNER"], visit: "/learner/privacy" },
  "/advisor/availability": { roles: ["ADVISOR"], visit: "/advisor/availability" },
  "/advisor/calendar": { roles: ["ADVISOR"], visit: "/advisor/calendar" },
  "/reports": { roles: ["ADVISOR", "MENTORSHIP_MANAGER"], visit: "/reports" },
  "/reports/[figure]": { roles: ["MENTORSHIP_MANAGER"], visit: ({ page }) => firstHref(page, "/reports", /^\/reports\/(?!learners\/|complaints)[^/?]+(\?.*)?$/) },
  "/reports/complaints": { roles: ["MENTORSHIP_MANAGER"], visit: "/reports/complaints" },
  "/reports/complaints/[id]": { roles: ["MENTORSHIP_MANAGER"], visit: ({ page }) => firstHref(page, "/reports/complaints", /^\/reports\/complaints\/(?!csv$|pdf$)[^/?]+$/) },
  // The form itself needs a link from an email (satisfaction-complaints.spec.ts); this is the page a wrong link shows.
  "/survey/[token]": { roles: ["PUBLIC"], visit: "/survey/not-a-survey-link-0000000000" },
  "/support/canned-replies": { roles: ["SUPPORT"], visit: "/support/canned-replies" },
  "/support/canned-replies/[id]": { roles: ["SUPPORT"], visit: ({ page }) => firstHref(page, "/support/canned-replies", /^\/support\/canned-replies\/[^/?]+$/) },
  "/support/macros": { roles: ["MENTORSHIP_MANAGER"], visit: "/support/macros" },
  "/support/macros/[id]": { roles: ["MENTORSHIP_MANAGER"], visit: ({ page }) => firstHref(page, "/support/macros", /^\/support\/macros\/[^/?]+$/) },
  "/support/inbound": { roles: ["SUPPORT"], visit: "/support/inbound" },
  "/referent": { roles: ["DISABILITY_REFERENT"], visit: "/referent" },
  "/referent/learners/[id]": { roles: ["DISABILITY_REFERENT"], visit: ({ page }) => firstHref(page, "/referent", /^\/referent\/learners\/[^/?]+$/) },
  "/referent/requests/[id]": { roles: ["DISABILITY_REFERENT"], visit: ({ page }) => firstHref(page, "/referent", /^\/referent\/requests\/[^/?]+$/) },
};

test("every page.tsx under app/ has an entry in the reflow list", () => {
  const appDir = path.join(process.cwd(), "app");
  const routes = fs
    .readdirSync(appDir, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "page.tsx")
    .map((file) => {
      const segments = path.dirname(file).split(path.sep).filter((s) => s !== "." && !/^\(.*\)$/.test(s));
      return `/${segments.join("/")}`;
    });
  expect(routes.length).toBeGreaterThan(30);
  expect(routes.filter((route) => !(route in PAGES)), "pages missing from PAGES").toEqual([]);
  expect(Object.keys(PAGES).filter((route) => !routes.includes(route)), "entries with no page").toEqual([]);
});

test.use({ viewport: { width: 320, height: 720 } });

/** Fails with the elements that stick out past the viewport's right edge. */
async function expectNoHorizontalScroll(page: Page, label: string) {
  await expect(page.locator("h1").first()).toBeVisible();
  const overflow = await page.evaluate(() => {
    const width = window.innerWidth;
    const culprits: string[] = [];
    for (const el of document.body.querySelectorAll<HTMLElement>("*")) {
      const rect = el.getBoundingClientRect();
      if (rect.right <= width + 0.5 || rect.width === 0) continue;
      // Inside a scrolling region (a wide table's), sticking out is the region's business.
      let clipped = false;
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== "visible") clipped = true;
      }
      if (clipped) continue;
      const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${String(el.className).split(" ").slice(0, 3).join(".")}`;
      culprits.push(`${name} (right ${Math.round(rect.right)})`);
      if (culprits.length > 8) break;
    }
    return { scrollWidth: document.documentElement.scrollWidth, width, culprits };
  });
  expect.soft(overflow.scrollWidth, `${label} is ${overflow.scrollWidth}px wide at ${overflow.width}px: ${overflow.culprits.join(", ")}`).toBeLessThanOrEqual(
    overflow.width,
  );
}

/** The language cookie of the page's context (the switch sets the same one). */
async function setLocaleCookie(page: Page, locale: "fr" | "en") {
  await page.context().addCookies([{ name: "locale", value: locale, url: new URL(page.url() === "about:blank" ? test.info().project.use.baseURL! : page.url()).origin }]);
}

/** Each page of the role, at 320 px, in French then in English: no sideways scroll, no axe violation. */
async function visitAll(role: DemoRole | "PUBLIC", ctx: Ctx) {
  const urls: [route: string, url: string][] = [];
  for (const [route, entry] of Object.entries(PAGES)) {
    if (!entry.roles.includes(role)) continue;
    const url = typeof entry.visit === "string" ? entry.visit : await entry.visit(ctx);
    await ctx.page.goto(url);
    await expectNoHorizontalScroll(ctx.page, `${route} (${url}) as ${role}`);
    await expectNoAxeViolations(ctx.page);
    urls.push([route, url]);
  }
  await setLocaleCookie(ctx.page, "en");
  try {
    for (const [route, url] of urls) {
      await ctx.page.goto(url);
      await expect(ctx.page.locator("html")).toHaveAttribute("lang", "en");
      await expectNoHorizontalScroll(ctx.page, `${route} (${url}) as ${role}, in English`);
      await expectNoAxeViolations(ctx.page);
    }
  } finally {
    await setLocaleCookie(ctx.page, "fr");
  }
}

test("public pages reflow at 320 px", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await visitAll("PUBLIC", { page, browser });
});

for (const role of ["LEARNER", "MENTOR", "ADVISOR", "SUPPORT", "MENTORSHIP_MANAGER", "ADMIN", "DISABILITY_REFERENT"] as const) {
  test(`every page of ${role} reflows at 320 px, with no axe violation, in both languages`, async ({ page, browser }) => {
    test.setTimeout(300_000);
    await signInAs(page, role);
    await visitAll(role, { page, browser });
  });
}

/** The first link on `from` whose path matches `pattern` (a real id, found by navigating). */
async function firstHref(page: Page, from: string, pattern: RegExp): Promise<string> {
  await page.goto(from);
  const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const found = hrefs.find((href) => pattern.test(href));
  expect(found, `a link matching ${pattern} on ${from}`).toBeTruthy();
  return found!;
}

/** The learner files a request whose subject and message cannot break; returns its page. */
async function fileLongRequest(page: Page): Promise<string> {
  await page.goto("/learner/contact");
  await page.getByLabel("Autre demande", { exact: true }).check();
  await page.getByLabel("Objet").fill(`${LONG_SUBJECT}${unique()}`);
  await page.getByLabel("Votre message").fill(`${LONG_WORD}\n${LONG_URL}`);
  await sendContactForm(page, "Envoyer ma demande");
  await expect(page.getByRole("status").first()).toContainText("a bien été envoyée");
  return new URL(page.url()).pathname;
}

/** A long request filed by the demo learner in a context of its own; returns its id. */
async function longRequestId(browser: Browser): Promise<string> {
  const learner = await newPage(browser);
  await signInAs(learner, "LEARNER");
  const url = await fileLongRequest(learner);
  await learner.context().close();
  return url.split("/").pop()!;
}

async function raiseLongAlert(page: Page): Promise<string> {
  await page.goto("/mentor/alerts/new");
  await page.getByLabel("Apprenant·e concerné·e").selectOption({ index: 1 });
  await page.getByLabel("Sujet", { exact: true }).selectOption("DISENGAGEMENT_RISK");
  await page.getByLabel("Objet").fill(`${LONG_SUBJECT}${unique()}`);
  await page.getByLabel("Votre message").fill(`${LONG_WORD}\n${LONG_URL}`);
  await sendContactForm(page, "Envoyer le signalement");
  await expect(page.getByRole("status").first()).toContainText("a été transmis");
  return new URL(page.url()).pathname;
}

/** The advisor opens a follow-up case for their first learner; returns the case page. */
async function openCase(page: Page): Promise<string> {
  const learner = await firstHref(page, "/advisor", /^\/advisor\/learners\/[^/?]+$/);
  await page.goto(`${learner}/cases/new`);
  await page.getByLabel("Retard constaté").check();
  await page.getByRole("button", { name: "Ouvrir le suivi" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Suivi : Retard constaté" })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** The admin invites someone; the invitation's link, read from the outbox table, opens in a fresh context. */
async function invitationLink({ page, browser }: Ctx): Promise<string> {
  const email = `reflow.${unique()}@demo.test`;
  await page.goto("/admin/users/new");
  await page.getByLabel("Prénom").fill("Reflow");
  await page.getByLabel("Nom", { exact: true }).fill(`Test${unique()}`);
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Rôle").selectOption("MENTOR");
  await page.getByRole("button", { name: "Créer le compte" }).click();
  await expect(page.getByRole("status").filter({ hasText: email })).toBeVisible();
  const link = new URL(await setPasswordLinkTo(email)).pathname;
  // Checked signed out, as the invited person sees it; the admin's page then visits it too.
  const visitor = await newPage(browser);
  await visitor.setViewportSize({ width: 320, height: 720 });
  await visitor.goto(link!);
  await expectNoHorizontalScroll(visitor, `/set-password/[token] signed out`);
  await visitor.context().close();
  return link!;
}
