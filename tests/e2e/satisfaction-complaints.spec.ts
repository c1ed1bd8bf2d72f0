import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { expect, expectNoAxeViolations, newPage, signInAs, test } from "./support";
import { startTestSmtp, type TestSmtp } from "../integration/support/smtp";

// Issue 16, items 4 and 5, through the real pages: an advisor resolves a learner's request,
// the outbox worker emails the survey to a test SMTP server, the learner answers through the
// link (no sign-in), once; the Mentorship Manager sees the answer in the reports, opens the
// complaints register and downloads its CSV. Axe on each new page.

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

/** An open request a learner filed, assigned to the demo advisor: its id, number and the learner's email. */
async function openLearnerRequest(): Promise<{ id: string; number: number; email: string }> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; number: number; email: string }>(
      `SELECT r.id, r.number, au.email FROM "SupportRequest" r JOIN "User" au ON au.id = r."authorId" JOIN "User" a ON a.id = r."assigneeId"
       WHERE a.email = 'conseiller@demo.test' AND au.role = 'LEARNER' AND r."isOpen" AND r.topic <> 'RQTH'
         AND NOT EXISTS (SELECT 1 FROM "Complaint" c WHERE c."requestId" = r.id)
       ORDER BY r."createdAt" LIMIT 1`,
    );
    return rows[0];
  } finally {
    await client.end();
  }
}

test("a learner answers the survey from the email, once; the Mentorship Manager reads it in the reports", async ({ page, browser }) => {
  const request = await openLearnerRequest();
  await signInAs(page, "ADVISOR");
  await page.goto(`/advisor/requests/${request.id}`);
  await page.getByLabel("Changer le statut").selectOption("RESOLVED");
  await page.getByRole("button", { name: "Enregistrer le statut" }).click();
  await expect(page.getByText("Statut enregistré.")).toBeVisible();

  const subject = new RegExp(`Votre avis sur le traitement de la demande n° ${request.number}\\b`);
  await expect.poll(() => smtp.messages.find((m) => JSON.stringify(m.to).includes(request.email) && subject.test(m.subject ?? "")), { timeout: 30_000 }).toBeTruthy();
  const mail = smtp.messages.find((m) => JSON.stringify(m.to).includes(request.email) && subject.test(m.subject ?? ""))!;
  const link = /https?:\/\/\S+?(\/survey\/[A-Za-z0-9_-]+)/.exec(mail.text ?? "")!;
  expect(link).not.toBeNull();

  // The link alone: a fresh browser, nobody signed in.
  const learner = await newPage(browser);
  await learner.goto(link[1]);
  await expect(learner.getByRole("heading", { level: 1, name: "Votre avis" })).toBeVisible();
  await expect(learner.getByText(`Sur le traitement de la demande n° ${request.number}.`)).toBeVisible();
  await expectNoAxeViolations(learner);
  await learner.getByRole("button", { name: "Envoyer mon avis" }).click();
  await expect(learner.getByRole("link", { name: "Choisissez une note de 1 à 5." })).toBeVisible();
  await expectNoAxeViolations(learner);
  await learner.getByLabel("5 — très satisfait·e").check();
  await learner.getByLabel("Un commentaire (facultatif)").fill("Réponse rapide, merci (test e2e)");
  await learner.getByRole("button", { name: "Envoyer mon avis" }).click();
  await expect(learner.getByRole("status").filter({ hasText: "Merci, votre avis est enregistré." })).toBeVisible();
  // The same link again: already used.
  await learner.goto(link[1]);
  await expect(learner.getByRole("heading", { level: 1, name: "Avis déjà donné" })).toBeVisible();
  await expectNoAxeViolations(learner);
  await learner.context().close();

  const manager = await newPage(browser);
  await signInAs(manager, "MENTORSHIP_MANAGER");
  await manager.goto("/reports");
  const figure = manager.getByRole("region", { name: "Satisfaction après une demande ou un suivi" });
  await expect(figure.getByRole("term").filter({ hasText: "Note moyenne" })).toBeVisible();
  await expect(figure.getByRole("table", { name: /Répartition/ })).toBeVisible();
  await expectNoAxeViolations(manager);
  await figure.getByRole("link", { name: /Voir les enregistrements/ }).click();
  await expect(manager.getByRole("heading", { level: 1, name: "Satisfaction après une demande ou un suivi" })).toBeVisible();
  await expect(manager.getByRole("cell", { name: "Réponse rapide, merci (test e2e)" })).toBeVisible();
  await expectNoAxeViolations(manager);
  await manager.context().close();
});

test("the Mentorship Manager opens the complaints register, downloads its CSV and opens a complaint", async ({ page }) => {
  await signInAs(page, "MENTORSHIP_MANAGER");
  await page.goto("/reports");
  await page.getByRole("link", { name: "Registre des réclamations" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Registre des réclamations" })).toBeVisible();
  const register = page.getByRole("table", { name: "Réclamations, des plus récentes aux plus anciennes" });
  await expect(register.getByText("Réclamation : attestation de fin de formation non reçue")).toBeVisible();
  await expectNoAxeViolations(page);

  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Télécharger le registre (CSV)" }).click()]);
  expect(csv.suggestedFilename()).toBe("registre-reclamations.csv");
  const text = await fs.readFile((await csv.path())!, "utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  const lines = text.slice(1).trimEnd().split("\r\n");
  expect(lines[0].split(";")).toEqual(["N°", "Reçue le", "Objet", "Origine", "Réponse attendue avant le", "Répondue le", "Action corrective", "Réalisée le", "Statut", "En retard"]);
  expect(lines.length - 1).toBe(await register.locator("tbody tr").count());
  expect(text).toContain("Un relais est désormais désigné");

  await register.getByRole("link", { name: /Traiter la réclamation/ }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: /^Réclamation n° \d+$/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Action corrective" })).toBeVisible();
  await expectNoAxeViolations(page);
});
