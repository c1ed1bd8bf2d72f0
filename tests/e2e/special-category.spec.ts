// Special-category data end to end (issue 18): the referent opens the demo RQTH request and
// writes an accommodation plan; the mentor sees only the accommodations to apply; the learner
// downloads their data and withdraws a consent; the admin previews an erasure. Axe everywhere.
import fs from "node:fs";
import { expect, expectNoAxeViolations, newPage, signInAs, test } from "./support";

test.describe.configure({ mode: "serial" });

let learnerId = "";
const LINE = `Support écrit des consignes avant chaque session (${Date.now()})`;

test("the referent opens the RQTH request and writes an accommodation plan", async ({ browser }) => {
  const page = await newPage(browser);
  await signInAs(page, "DISABILITY_REFERENT");
  await expectNoAxeViolations(page);
  await page.locator('a[href^="/referent/requests/"]').first().click();
  await expect(page.getByRole("heading", { level: 1, name: /Demande RQTH n°/ })).toBeVisible();
  await expect(page.getByText("Aménagement pour ma soutenance")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: /Dossier confidentiel de/ }).click();
  await expect(page).toHaveURL(/\/referent\/learners\/[^/]+$/);
  learnerId = page.url().split("/").pop()!;
  const mentorLines = page.getByLabel("Aménagements appliqués par le mentor");
  await mentorLines.fill(`${await mentorLines.inputValue()}\n${LINE}`.trim());
  await page.getByRole("button", { name: "Enregistrer le plan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Plan d'aménagement enregistré." })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.close();
});

test("the mentor sees only the accommodations to apply", async ({ browser }) => {
  test.skip(!learnerId, "needs the referent's step");
  const page = await newPage(browser);
  await signInAs(page, "MENTOR");
  await page.goto(`/mentor/sessions/learner/${learnerId}`);
  await expect(page.getByText(LINE)).toBeVisible();
  const text = await page.locator("main").innerText();
  expect(text).not.toContain("RQTH");
  expect(text).not.toContain("renouvelée");
  expect(text).not.toContain("Aménagement pour ma soutenance");
  await expectNoAxeViolations(page);
  await page.close();
});

test("the learner downloads their data and withdraws a consent", async ({ browser }) => {
  const page = await newPage(browser);
  await signInAs(page, "LEARNER");
  await page.goto("/learner/privacy");
  await expectNoAxeViolations(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Télécharger (JSON)" }).click()]);
  const data = JSON.parse(fs.readFileSync((await download.path())!, "utf8")) as { account: { email: string }; accommodations: { items: { text: string }[] } | null; consents: unknown[] };
  expect(data.account.email).toBe("apprenant@demo.test");
  expect(Array.isArray(data.consents)).toBe(true);

  // A consent of its own, then withdrawn (the demo's accommodations consent stays).
  await page.getByLabel("Finalité", { exact: true }).selectOption("PARTNER_SHARING");
  await page.getByLabel("Partenaire (pour un partage)").selectOption("MDPH");
  await page.getByLabel("J'ai lu ce texte et je donne mon consentement explicite").check();
  await page.getByRole("button", { name: "Donner mon consentement" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Consentement enregistré." })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: "Partage avec un partenaire — MDPH" }).filter({ has: page.getByRole("button", { name: "Retirer ce consentement" }) }).first();
  await row.getByRole("button", { name: "Retirer ce consentement" }).click();
  const dialog = page.getByRole("dialog", { name: "Retirer ce consentement ?" });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByRole("button", { name: "Retirer", exact: true }).click();
  await expect(page.getByRole("row").filter({ hasText: "Partage avec un partenaire — MDPH" }).filter({ hasText: "Retiré le" }).first()).toBeVisible();
  // Said where the person acted: the status line of the consents (the button is gone).
  await expect(page.getByRole("status").filter({ hasText: "Consentement retiré" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.close();
});

test("the admin finds the learner and previews an erasure (nothing erased)", async ({ browser }) => {
  const page = await newPage(browser);
  await signInAs(page, "ADMIN");
  await page.goto("/admin/privacy");
  await expectNoAxeViolations(page);
  await page.getByLabel("Nom ou e-mail de l'apprenant·e").fill("apprenant@demo.test");
  await page.getByRole("button", { name: "Rechercher" }).click();
  await page.getByRole("link", { name: /^Choisir / }).first().click();
  await expect(page.getByRole("heading", { name: "Effacement (article 17) : aperçu" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Plan d'aménagement" }).first()).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Consentements donnés et retirés" })).toContainText("RGPD, art. 7-1");
  // A wrong name refuses the erasure, names the field and erases nothing.
  await page.getByLabel("Nom de l'apprenant·e, pour confirmer").fill("Quelqu'un d'autre");
  await page.getByRole("button", { name: "Effacer définitivement" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Le nom tapé n'est pas celui de l'apprenant·e" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.close();
});
