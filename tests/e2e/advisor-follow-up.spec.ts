import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { type Page } from "@playwright/test";
import pg from "pg";
import { expect, test, expectNoAxeViolations, signIn, signInAs } from "./support";
import { startTestSmtp, type TestSmtp } from "../integration/support/smtp";

// The advisor's follow-up, through the real pages: the outbox worker runs
// beside the app and delivers to a test SMTP server started here.

let smtp: TestSmtp;
let worker: ChildProcess;

test.beforeAll(async () => {
  smtp = await startTestSmtp();
  const root = path.resolve(__dirname, "../..");
  worker = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(root, "scripts", "worker.ts")], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL, SMTP_URL: smtp.url, MAIL_FROM: "Portail <portail@demo.test>" },
    stdio: "ignore",
  });
});

test.afterAll(async () => {
  if (worker.exitCode === null) {
    const exited = new Promise((resolve) => worker.once("exit", resolve));
    worker.kill("SIGTERM");
    await exited;
  }
  await smtp.stop();
});

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function expectInvite(to: string, subject: RegExp) {
  await expect
    .poll(() => smtp.messages.find((m) => m.to && JSON.stringify(m.to).includes(to) && subject.test(m.subject ?? "")), { timeout: 30_000 })
    .toBeTruthy();
  const mail = smtp.messages.find((m) => JSON.stringify(m.to).includes(to) && subject.test(m.subject ?? ""))!;
  const calendar = mail.attachments.find((a) => a.contentType.startsWith("text/calendar"));
  expect(calendar?.content.toString()).toContain("BEGIN:VEVENT");
}

async function schedule(page: Page, date: string) {
  const form = page.getByRole("form", { name: /^Planifier/ });
  await form.getByLabel("Date", { exact: true }).fill(date);
  await form.getByLabel("Heure").fill("10:00");
  await form.getByRole("button", { name: "Planifier et envoyer l'invitation" }).click();
}

/** A call that already took place (yesterday, Paris time is close enough): logged, no invite. */
async function logPastCall(page: Page, blocker?: string) {
  const form = page.getByRole("form", { name: /^Consigner un appel déjà passé/ });
  await form.getByLabel("Date", { exact: true }).fill(inDays(-1));
  await form.getByLabel("Heure").fill("10:00");
  if (blocker) await form.getByRole("textbox", { name: "Blocage identifié" }).fill(blocker);
  await form.getByRole("textbox", { name: "Ce qui s'est dit" }).fill("Point fait par téléphone");
  await form.getByRole("button", { name: "Consigner l'appel" }).click();
}

async function closeCase(page: Page) {
  await page.getByRole("button", { name: "Clore le suivi" }).click();
  const dialog = page.getByRole("dialog", { name: "Clore ce suivi ?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Oui, clore le suivi" }).click();
}

async function demoLearner(): Promise<{ id: string; name: string }> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  const { rows } = await client.query<{ id: string; name: string }>(
    `SELECT lp."userId" AS id, u."firstName" || ' ' || u."lastName" AS name FROM "LearnerProfile" lp JOIN "User" u ON u.id = lp."userId" WHERE u.email = 'apprenant@demo.test'`,
  );
  await client.end();
  return rows[0];
}

test("the advisor finds an at-risk learner, runs a case with two calls, and works with a stakeholder", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, "ADVISOR");
  await expect(page.getByText("Apprenant·e·s à risque")).toBeVisible();
  await expectNoAxeViolations(page);

  // Needs attention first: filter on high risk, open the first learner.
  await page.getByLabel("Niveau de risque").selectOption("HIGH");
  await page.getByRole("button", { name: "Appliquer" }).click();
  await expect(page).toHaveURL(/risk=HIGH/);
  const firstRow = page.getByRole("table").getByRole("row").nth(1);
  await expect(firstRow).toContainText("Risque élevé");
  const learnerLink = firstRow.getByRole("link");
  const learnerName = (await learnerLink.textContent())!.trim();
  await learnerLink.click();
  await expect(page.getByRole("heading", { level: 1, name: learnerName })).toBeVisible();
  const email = (await page.getByRole("region", { name: "Coordonnées" }).getByRole("link").first().textContent())!.trim();
  await expectNoAxeViolations(page);

  // Open a case.
  await page.getByRole("link", { name: "Ouvrir un suivi" }).first().click();
  await page.getByRole("button", { name: "Ouvrir le suivi" }).click();
  await expect(page.getByRole("alert", { name: "Il y a un problème" })).toContainText("Choisissez un motif de contact.");
  await page.getByLabel("Retard constaté").check();
  await page.getByRole("button", { name: "Ouvrir le suivi" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Suivi : Retard constaté" })).toBeVisible();
  await expectNoAxeViolations(page);

  // First call: invite by email, then the report with the blocker.
  await schedule(page, inDays(10));
  await expect(page.getByText("Premier appel ·")).toBeVisible();
  await expectInvite(email, /premier rendez-vous/);

  // The learner sees it in their space (demo accounts share the demo password).
  const learnerPage = await page.context().browser()!.newPage();
  await signIn(learnerPage, email);
  await expect(learnerPage.getByRole("region", { name: "Mes prochains rendez-vous" })).toContainText("Premier rendez-vous");

  // Before its time the call cannot be reported; it can move (updated invite) or be cancelled.
  await expect(page.getByRole("button", { name: "Enregistrer le compte rendu" })).toHaveCount(0);
  const move = page.getByRole("form", { name: "Déplacer l'appel" });
  await move.getByLabel("Date", { exact: true }).fill(inDays(11));
  await move.getByRole("button", { name: "Déplacer et envoyer l'invitation mise à jour" }).click();
  await expectInvite(email, /Nouvel horaire/);
  await learnerPage.reload();
  await expect(learnerPage.getByRole("region", { name: "Mes prochains rendez-vous" })).toContainText("Nouvel horaire");
  await page.getByRole("button", { name: "Annuler l'appel" }).click();
  await page.getByRole("dialog", { name: "Annuler cet appel ?" }).getByRole("button", { name: "Oui, annuler l'appel" }).click();
  await expectInvite(email, /Annulé/);
  await learnerPage.reload();
  await expect(learnerPage.getByRole("region", { name: "Mes prochains rendez-vous" })).toContainText("Annulé");
  await learnerPage.close();

  // The call took place after all: logged after the fact, with the blocker.
  await logPastCall(page, "Difficulté à s'organiser avec le travail du soir");
  await expect(page.getByRole("region", { name: "Blocage identifié" })).toContainText("Difficulté à s'organiser");

  // Follow-up call: invited, then (it took place earlier than planned) cancelled and logged.
  await schedule(page, inDays(20));
  await expect(page.getByText("Appel de suivi ·").first()).toBeVisible();
  await expectInvite(email, /rendez-vous de suivi/);
  await page.getByRole("button", { name: "Annuler l'appel" }).click();
  await page.getByRole("dialog", { name: "Annuler cet appel ?" }).getByRole("button", { name: "Oui, annuler l'appel" }).click();
  await expect(page.getByRole("form", { name: /^Consigner un appel déjà passé : Appel de suivi/ })).toBeVisible();
  await logPastCall(page);
  await expect(page.getByRole("listitem").filter({ hasText: "Appel de suivi" }).filter({ hasText: "Tenu" })).toBeVisible();

  // Closing without the outcome is refused; with it, the case closes.
  // Closing is final: the danger button asks first.
  await page.getByLabel("Prochaine étape").fill("Point mensuel");
  await closeCase(page);
  await expect(page.getByRole("alert", { name: "Il y a un problème" })).toContainText("Indiquez si le blocage est résolu.");
  await page.getByLabel("Blocage résolu", { exact: true }).check();
  await closeCase(page);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Clos le")).toBeVisible();
  await expectNoAxeViolations(page);

  // A France Travail contact and an exchange, shown in the timeline.
  await page.getByRole("link", { name: learnerName }).click();
  await page.getByRole("link", { name: "Gérer les partenaires" }).click();
  const add = page.getByRole("region", { name: "Ajouter un partenaire" });
  await add.getByLabel("Type d'organisme").selectOption("FRANCE_TRAVAIL");
  await add.getByLabel("Organisme", { exact: true }).fill("France Travail Lyon Part-Dieu");
  await add.getByLabel("Interlocuteur·rice").fill("Mme Nadia Roux");
  await add.getByLabel("E-mail", { exact: true }).fill("n.roux@francetravail.test");
  await add.getByLabel("Avancement").check();
  await add.getByRole("button", { name: "Ajouter un partenaire" }).click();
  const card = page.getByRole("article", { name: /France Travail Lyon Part-Dieu/ });
  await expect(card).toBeVisible();
  await card.getByText("Noter un échange").click();
  await card.getByLabel("Résumé").fill("Point sur l'avancement du projet 4");
  await card.getByRole("button", { name: "Enregistrer l'échange" }).click();
  await expect(card.getByRole("listitem").filter({ hasText: "Point sur l'avancement du projet 4" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: learnerName }).click();
  await expect(page.getByRole("region", { name: "Chronologie" })).toContainText("Échange avec France Travail Lyon Part-Dieu");
});

test("the dashboard works by keyboard: search, apply, open a learner", async ({ page }) => {
  await signInAs(page, "ADVISOR");
  await page.getByLabel("Rechercher par nom").focus();
  await page.keyboard.type("a");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/q=a/);
  const link = page.getByRole("table").getByRole("link").first();
  const name = (await link.textContent())!.trim();
  await link.focus();
  await expect(link).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
});

test("a mentor and a learner get a 404 on the learner file; the learner sees their appointments section", async ({ page }) => {
  // A learner who exists (the learner's own file): the 404 is the access rule, not an unknown id.
  const learner = await demoLearner();
  await signInAs(page, "LEARNER");
  await expect(page.getByRole("heading", { name: "Mes prochains rendez-vous" })).toBeVisible();
  await expectNoAxeViolations(page);
  expect((await page.goto(`/advisor/learners/${learner.id}`))?.status()).toBe(404);
  expect((await page.goto(`/support/learners/${learner.id}`))?.status()).toBe(404);
  await page.context().clearCookies();
  await signInAs(page, "MENTOR");
  expect((await page.goto(`/advisor/learners/${learner.id}`))?.status()).toBe(404);
  expect((await page.goto(`/advisor/learners/${learner.id}/cases/new`))?.status()).toBe(404);
  expect((await page.goto(`/advisor/learners/${learner.id}/stakeholders`))?.status()).toBe(404);
});

test("support reads a learner file without the advisor's actions; a mentor gets a 404", async ({ page }) => {
  const learner = await demoLearner();
  await signInAs(page, "SUPPORT");
  await page.goto(`/support/learners/${learner.id}`);
  await expect(page.getByRole("heading", { level: 1, name: learner.name })).toBeVisible();
  await expect(page.getByRole("region", { name: "Chronologie" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Ouvrir un suivi" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.context().clearCookies();
  await signInAs(page, "MENTOR");
  expect((await page.goto(`/support/learners/${learner.id}`))?.status()).toBe(404);
  expect((await page.goto(`/advisor/learners/${learner.id}`))?.status()).toBe(404);
});
