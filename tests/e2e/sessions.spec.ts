import { spawnSync } from "node:child_process";
import path from "node:path";
import { type Page } from "@playwright/test";
import { expect, test, expectNoAxeViolations, signInAs } from "./support";
import { isoWeekKey, isoWeekRange, previousIsoWeek, schoolDateTime } from "../../lib/domain/week";

// Issue 6 end to end, on the demo data: the demo mentor records last week's session of the
// demo learner (Léa Dubois) as a no-show and a session held today; the learner sees her
// weeks; the weekly job runs; the advisor sees the signal. Serial: each step builds on the last.
test.describe.configure({ mode: "serial" });

const LEARNER = "Léa Dubois";
const PRIVATE = `NOTE-PRIVEE-${Date.now()}`;

function runCommitmentCheck() {
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/commitment-check.ts"], {
    cwd: path.resolve(__dirname, "../.."),
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL },
    encoding: "utf8",
  });
  expect(result.status, result.stderr).toBe(0);
}

function learnerRow(page: Page) {
  return page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: LEARNER }) });
}

test("the mentor sees their learners' commitment and plans from the row", async ({ page }) => {
  await signInAs(page, "MENTOR");
  const row = learnerRow(page);
  await expect(row).toContainText("Semaine dernière :");
  await expectNoAxeViolations(page);

  // "Raise an alert" opens the contact form with the learner preselected.
  await row.getByRole("link", { name: `Signaler une situation pour ${LEARNER}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Signaler une situation" })).toBeVisible();
  await expect(page.getByLabel("Apprenant·e concerné·e")).toHaveValue(/.+/);
  await page.goBack();

  await row.getByRole("link", { name: `Historique des sessions pour ${LEARNER}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Sessions de ${LEARNER}` })).toBeVisible();
  await expect(page.getByRole("region", { name: "Engagement des dernières semaines" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the mentor records last week's session as a no-show, with an edit history", async ({ page }) => {
  await signInAs(page, "MENTOR");
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Ma semaine" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ma semaine" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Semaine précédente" }).click();
  await expect(page).toHaveURL(new RegExp(`week=${isoWeekKey(previousIsoWeek(new Date()).start)}`));
  await page.getByRole("link", { name: new RegExp(`^Ouvrir : ${LEARNER}`) }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Session du / })).toBeVisible();
  await expectNoAxeViolations(page);

  // A cancellation without its author is refused, and what was typed stays.
  await page.getByRole("radio", { name: "Annulée" }).check();
  await page.getByLabel("Note privée").fill(PRIVATE);
  await page.getByRole("button", { name: "Enregistrer" }).click();
  const summary = page.getByRole("alert", { name: "Il y a un problème" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "Indiquez qui a annulé la session." })).toBeVisible();
  await expect(page.getByLabel("Note privée")).toHaveValue(PRIVATE);
  await expectNoAxeViolations(page);

  await page.getByRole("radio", { name: "Absence" }).check();
  await page.getByLabel("Note pour l'apprenant·e").fill("Nous vous avons attendue : reprenons rendez-vous.");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("status")).toHaveText("Session enregistrée.");
  await expect(page.getByRole("radio", { name: "Absence" })).toBeChecked();
  const history = page.getByRole("region", { name: "Historique des modifications" });
  await expect(history.getByRole("listitem").first()).toContainText("Avant la modification");
  await expectNoAxeViolations(page);
});

test("planning earlier today is refused, keeping what was typed; the session is logged as held instead", async ({ page }) => {
  await signInAs(page, "MENTOR");
  await learnerRow(page).getByRole("link", { name: `Planifier une session pour ${LEARNER}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Planifier une session" })).toBeVisible();
  await expect(page.getByLabel("Apprenant·e")).toHaveValue(/.+/);
  await expectNoAxeViolations(page);

  // Earlier today in Paris, in the small hours where the demo mentor has no session (a time
  // "ten minutes ago" met the seeded 10:00 session), never before this week's Monday 00:00.
  const now = schoolDateTime(new Date());
  const smallHours = `00:${String(5 + Math.floor(Math.random() * 20)).padStart(2, "0")}`;
  const at = now.time > "01:30" ? null : new Date(Math.max(Date.now() - 10 * 60_000, isoWeekRange(new Date()).start.getTime() + 60_000));
  const { date, time } = at ? schoolDateTime(at) : { date: now.date, time: smallHours };
  await page.getByLabel("Date").fill(date);
  await page.getByLabel("Heure").fill(time);
  await page.getByRole("button", { name: "Planifier la session" }).click();
  await expect(page.getByRole("alert", { name: "Il y a un problème" })).toContainText("ce moment est déjà passé");
  await expect(page.getByLabel("Heure")).toHaveValue(time);

  await page.getByRole("link", { name: /Notez-la/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Noter une session passée" })).toBeVisible();
  await page.getByLabel("Date").fill(date);
  await page.getByLabel("Heure").fill(time);
  await page.getByRole("radio", { name: "Tenue" }).check();
  await page.getByLabel("Note pour l'apprenant·e").fill("Bonne séance, on continue.");
  await page.getByRole("button", { name: "Enregistrer la session" }).click();
  await expect(page.getByRole("status")).toHaveText("Session passée enregistrée.");
  await expect(page.getByRole("radio", { name: "Tenue" })).toBeChecked();
});

test("the learner sees her weeks in plain words, never the private note", async ({ page }) => {
  await signInAs(page, "LEARNER");
  const section = page.getByRole("region", { name: "Mon engagement" });
  const weeks = section.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) });
  await expect(weeks.nth(0)).toContainText("Engagement tenu.");
  await expect(weeks.nth(1)).toContainText("Engagement non tenu cette semaine-là.");
  await expect(weeks.nth(1)).toContainText("Absence");
  await expect(page.getByRole("region", { name: "Sessions récentes" })).toContainText("Nous vous avons attendue");
  expect(await page.content()).not.toContain(PRIVATE);
  const response = await page.request.get("/learner");
  expect(await response.text()).not.toContain(PRIVATE);
  await expectNoAxeViolations(page);

  for (const url of ["/mentor/week", "/advisor/signals"]) {
    expect((await page.goto(url))?.status(), url).toBe(404);
  }
});

test("after the weekly job, the advisor sees the signal, reads the sessions and sets the commitment", async ({ page }) => {
  test.setTimeout(90_000); // two runs of the job in child processes, then several pages
  runCommitmentCheck();
  runCommitmentCheck(); // idempotent: the page shows each signal once
  await signInAs(page, "ADVISOR");
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Signaux" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Signaux" })).toBeVisible();
  const row = learnerRow(page);
  await expect(row.getByText("Engagement non tenu", { exact: true })).toHaveCount(1);
  await expect(row).toContainText("Problème d'assiduité : deux absences de suite");
  await expectNoAxeViolations(page);

  // The weekly commitment, changed and put back (audited each time).
  const select = row.getByLabel(`Sessions par semaine pour ${LEARNER}`);
  await select.selectOption("2");
  await row.getByRole("button", { name: `Enregistrer pour ${LEARNER}` }).click();
  await expect(row.getByRole("status")).toHaveText("Engagement enregistré.");
  await page.reload();
  await expect(learnerRow(page).getByLabel(`Sessions par semaine pour ${LEARNER}`)).toHaveValue("2");
  await learnerRow(page).getByLabel(`Sessions par semaine pour ${LEARNER}`).selectOption("1");
  await learnerRow(page).getByRole("button", { name: `Enregistrer pour ${LEARNER}` }).click();
  await expect(learnerRow(page).getByRole("status")).toHaveText("Engagement enregistré.");

  // The advisor reads both notes of the learner's sessions.
  await learnerRow(page).getByRole("link", { name: `Sessions et engagement de ${LEARNER}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Sessions de ${LEARNER}` })).toBeVisible();
  await expect(page.getByRole("region", { name: "Sessions" })).toContainText(PRIVATE);
  await expectNoAxeViolations(page);
  const logUrl = page.url();

  // Marking one signal as handled removes it from the list (another learner's: Léa's stay
  // open, so that a retry of this serial group still finds them).
  await page.goto("/advisor/signals");
  const before = await page.getByRole("button", { name: /^Marquer comme traité/ }).count();
  const form = page
    .getByRole("row")
    .filter({ hasNot: page.getByRole("rowheader", { name: LEARNER }) })
    .locator("form")
    .filter({ has: page.getByRole("button", { name: /^Marquer comme traité/ }) })
    .first();
  // Without a note of what was done: refused, naming the field.
  await form.getByRole("button", { name: /^Marquer comme traité/ }).click();
  await expect(form.getByRole("alert", { name: "Il y a un problème" })).toContainText("Ce qui a été fait");
  await form.getByLabel(/^Ce qui a été fait/).fill("Appelé·e : reprend les sessions lundi.");
  await form.getByRole("button", { name: /^Marquer comme traité/ }).click();
  await expect(page.getByRole("status").first()).toHaveText("Signal marqué comme traité.");
  await expect(page.getByRole("button", { name: /^Marquer comme traité/ })).toHaveCount(before - 1);
  await expectNoAxeViolations(page);

  // Not for a mentor, nor a learner: 404.
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await signInAs(page, "MENTOR");
  expect((await page.goto(logUrl))?.status()).toBe(404);
  expect((await page.goto("/advisor/signals"))?.status()).toBe(404);
});
