import { type Page } from "@playwright/test";
import { expect, test, DEMO, expectNoAxeViolations, setPasswordLinkTo, signIn, signInAs } from "./support";

const HEADER = "email;first_name;last_name;language;training_path;start_date;planned_end_date;weekly_commitment;advisor_email;mentor_email";
const run = Date.now().toString(36);

// Whole admin flows (several pages, a second browser context, axe scans): more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 120_000 });
const learnerEmail = `e2e.${run}@import.test`;

/** `latin1` writes what French Excel's "CSV (séparateur : point-virgule)" writes for these characters (Windows-1252). */
async function upload(page: Page, kind: "Apprenants" | "Conseillers et mentors", name: string, content: string, encoding: "utf8" | "latin1" = "utf8") {
  await page.getByRole("radio", { name: kind }).check();
  await page.getByLabel("Fichier CSV").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(content, encoding) });
  await page.getByRole("button", { name: "Afficher l'aperçu" }).click();
}

test.describe.serial("the admin onboards and moves a learner", () => {
  test("imports a small CSV: preview, confirm, and the new learner can be found", async ({ page }) => {
    await signInAs(page, "ADMIN");
    await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Import CSV" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Import CSV" })).toBeVisible();

    // A bad file first: the report names the row and the error, nothing is offered to import.
    await upload(page, "Apprenants", "bad.csv", `\uFEFF${HEADER}\r\nx.${run}@import.test;A;B;fr;DEV-WEB;31/02/2026;2027-08-31;1;personne@nulle-part.test;\r\n`);
    await expect(page.getByText("0 à créer, 0 à mettre à jour, 0 inchangé·e, 1 en erreur")).toBeVisible();
    await expect(page.getByRole("cell", { name: /start_date : date invalide « 31\/02\/2026 »/ })).toBeVisible();
    await expect(page.getByRole("cell", { name: /advisor_email : aucun conseiller actif/ })).toBeVisible();
    await expect(page.getByRole("button", { name: /^Importer/ })).toHaveCount(0);

    // A file that is neither UTF-8 nor Windows-1252 (byte 0x81, undefined in Windows-1252) is refused, naming its line.
    await upload(page, "Apprenants", "neither.csv", `${HEADER}\r\nx.${run}@import.test;H\u00E9\u0081l\r\n`, "latin1");
    await expect(page.getByRole("link", { name: /Ligne 2 : le fichier n'est ni en UTF-8 ni en Windows-1252/ })).toBeVisible();

    // Saved by French Excel (Windows-1252, no BOM): the preview shows the names as decoded, accents whole.
    const file = `${HEADER}\r\n${learnerEmail};Zoé;Import${run};fr;DEV-WEB;01/09/2026;31/08/2027;2;elodie.fabre@demo.test;mentor@demo.test\r\n`;
    await upload(page, "Apprenants", "promo.csv", file, "latin1");
    await expect(page.getByText("1 à créer, 0 à mettre à jour, 0 inchangé·e, 0 en erreur")).toBeVisible();
    const row = page.getByRole("row", { name: new RegExp(learnerEmail) });
    await expect(row).toContainText("Création");
    await expect(row.getByRole("cell", { name: "Zoé", exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Importer 1 ligne" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Import terminé : 1 créé·e," })).toBeVisible();

    // The same file again changes nothing (the same names saved as UTF-8: tests/integration/admin-import.test.ts).
    await upload(page, "Apprenants", "promo.csv", file, "latin1");
    await expect(page.getByText("0 à créer, 0 à mettre à jour, 1 inchangé·e, 0 en erreur")).toBeVisible();

    await page.goto(`/admin/users?q=Import${run}`);
    await expect(page.getByRole("table").getByRole("cell", { name: learnerEmail })).toBeVisible();
    await expect(page.getByRole("table")).toContainText("Conseiller : Élodie Fabre");
  });

  test("reassigns the learner, and the new advisor sees them at once", async ({ page, browser }) => {
    await signInAs(page, "ADMIN");
    await page.goto(`/admin/users?q=Import${run}`);
    await page.getByRole("link", { name: `Import${run} Zoé` }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Zoé Import${run}` })).toBeVisible();
    await page.getByLabel("Conseiller pédagogique").selectOption({ label: `Martin Camille (${DEMO.ADVISOR.email})` });
    await page.getByLabel("Motif du changement (facultatif)").fill("Rééquilibrage des portefeuilles");
    await page.getByRole("button", { name: "Enregistrer l'affectation" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Modifications enregistrées." })).toBeVisible();
    const history = page.getByRole("region", { name: "Historique des affectations" });
    await expect(history.getByRole("row").filter({ hasText: "Camille Martin" })).toContainText("en cours");
    await expect(history.getByRole("row").filter({ hasText: "Rééquilibrage des portefeuilles" })).toHaveCount(1);
    await expectNoAxeViolations(page);

    const advisor = await (await browser.newContext()).newPage();
    await signInAs(advisor, "ADVISOR");
    await expect(advisor.getByRole("table")).toContainText(`Import${run}`);
    await advisor.close();

    await page.goto(`/admin/audit?learner=${encodeURIComponent(learnerEmail)}`);
    // In words: the change, and the advisor before and after by name.
    await expect(page.getByRole("table")).toContainText("Conseiller changé pour");
    await expect(page.getByRole("table")).not.toContainText("learner.advisor.changed");
    await expectNoAxeViolations(page);
  });
});

test("creating an account sends an invitation whose link sets the password once", async ({ page, browser }) => {
  const email = `invite.${run}@demo.test`;
  await signInAs(page, "ADMIN");
  await page.goto("/admin/users/new");
  await expectNoAxeViolations(page);
  // Invalid input first: the summary takes focus and what was typed stays.
  await page.getByRole("button", { name: "Créer le compte" }).click();
  const summary = page.getByRole("alert", { name: "Il y a un problème" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "Choisissez un parcours." })).toBeVisible();
  await page.getByLabel("Prénom").fill("Paul");
  await page.getByLabel("Nom", { exact: true }).fill(`Invité${run}`);
  await page.getByLabel("Adresse e-mail").fill(email.toUpperCase());
  await page.getByLabel("Rôle").selectOption("MENTOR");
  await expect(page.getByLabel("Parcours")).toHaveCount(0);
  await page.getByRole("button", { name: "Créer le compte" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Une invitation a été envoyée à ${email}` })).toBeVisible();
  await expectNoAxeViolations(page);

  const link = await setPasswordLinkTo(email);

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(link!);
  await expect(visitor.getByRole("heading", { level: 1, name: "Choisissez votre mot de passe" })).toBeVisible();
  await expectNoAxeViolations(visitor);
  await visitor.getByLabel("Mot de passe", { exact: true }).fill("court");
  await visitor.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(visitor.getByRole("alert", { name: "Il y a un problème" })).toContainText("au moins 12 caractères");
  await visitor.getByLabel("Mot de passe", { exact: true }).fill("une phrase de passe e2e");
  await visitor.getByLabel("Confirmez le mot de passe").fill("une phrase de passe e2e");
  await visitor.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(visitor.getByText("Votre mot de passe est enregistré.")).toBeVisible();
  await signIn(visitor, email, "une phrase de passe e2e");
  await expect(visitor).toHaveURL(/\/mentor$/);

  const again = await (await browser.newContext()).newPage();
  await again.goto(link!);
  await expect(again.getByRole("heading", { level: 1, name: "Ce lien ne fonctionne plus" })).toBeVisible();
  await again.close();

  // Deactivating the account ends the session at its next request.
  await page.goto("/admin/users?q=" + encodeURIComponent(`Invité${run}`));
  await page.getByRole("link", { name: `Invité${run} Paul` }).click();
  // A danger button, asked twice: the dialog says what happens; cancelling changes nothing.
  await page.getByRole("button", { name: "Désactiver le compte" }).click();
  const confirm = page.getByRole("dialog", { name: "Désactiver ce compte ?" });
  await expect(confirm).toBeVisible();
  await expectNoAxeViolations(page);
  await confirm.getByRole("button", { name: "Annuler" }).click();
  await expect(confirm).toBeHidden();
  await page.getByRole("button", { name: "Désactiver le compte" }).click();
  await confirm.getByRole("button", { name: "Oui, désactiver le compte" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Modifications enregistrées." })).toBeVisible();
  await visitor.goto("/mentor");
  await expect(visitor).toHaveURL(/\/login$/);
  await visitor.close();
});

test("forgot password answers the same for a known and an unknown address", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("link", { name: "Mot de passe oublié ?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mot de passe oublié" })).toBeVisible();
  await expectNoAxeViolations(page);
  const answers: string[] = [];
  for (const email of [DEMO.SUPPORT.email, "personne@nulle-part.test"]) {
    await page.goto("/forgot-password");
    await page.getByLabel("Adresse e-mail").fill(email);
    await page.getByRole("button", { name: "Envoyer le lien" }).click();
    const status = page.getByRole("status").filter({ hasText: "Si un compte actif" });
    await expect(status).toBeVisible();
    answers.push(await status.innerText());
  }
  expect(answers[0]).toBe(answers[1]);
  await page.goto("/set-password/not-a-real-token-aaaaaaaaaaaaaaaa");
  await expect(page.getByRole("heading", { level: 1, name: "Ce lien ne fonctionne plus" })).toBeVisible();
});

test("bulk reassignment previews the count before moving anyone", async ({ page }) => {
  await signInAs(page, "ADMIN");
  await page.goto("/admin/assignments");
  await expectNoAxeViolations(page);
  await page.getByLabel("Qui change").selectOption("MENTOR");
  const from = page.getByLabel("De");
  const fromLabel = (await from.locator("option").nth(1).innerText()).trim();
  await from.selectOption({ index: 1 });
  await page.getByLabel("Vers").selectOption({ index: 2 });
  await page.getByRole("button", { name: "Voir combien d'apprenants sont concernés" }).click();
  const count = Number(/\((\d+) apprenant/.exec(fromLabel)?.[1]);
  await expect(page.getByRole("status").filter({ hasText: new RegExp(`${count} apprenant·e(·s passeront| passera) de`) })).toBeVisible();
  await expect(page.getByRole("button", { name: "Confirmer la réaffectation" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("'Effacer les filtres' on the accounts clears the controls too, and the next search is not filtered by the old role", async ({ page }) => {
  await signInAs(page, "ADMIN");
  await page.goto("/admin/users");
  const filters = page.getByRole("form", { name: "Filtrer les comptes" });
  await filters.getByLabel("Rôle").selectOption("MENTOR");
  await filters.getByLabel("Rechercher (nom ou e-mail)").fill("demo");
  await filters.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/role=MENTOR/);

  await filters.getByRole("link", { name: "Effacer les filtres" }).click();
  await expect(page).not.toHaveURL(/role=/);
  await expect(filters.getByLabel("Rôle")).toHaveValue("");
  await expect(filters.getByLabel("Rechercher (nom ou e-mail)")).toHaveValue("");

  // A new search by e-mail alone finds the demo learner, who is not a mentor.
  await filters.getByLabel("Rechercher (nom ou e-mail)").fill(DEMO.LEARNER.email);
  await filters.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).not.toHaveURL(/role=[A-Z]/);
  await expect(page.getByRole("cell", { name: DEMO.LEARNER.email })).toBeVisible();
});

test("the admin pages are accessible", async ({ page }) => {
  await signInAs(page, "ADMIN");
  for (const path of ["/admin", "/admin/users", "/admin/import", "/admin/audit"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  }
  const template = await page.request.get("/admin/import/template/learners");
  expect(template.status()).toBe(200);
  expect(await template.text()).toContain("email;first_name;last_name");
});

for (const role of ["LEARNER", "MENTOR", "ADVISOR", "SUPPORT", "MENTORSHIP_MANAGER"] as const) {
  test(`${role} gets a 404 on every admin page`, async ({ page }) => {
    await signInAs(page, role);
    for (const path of ["/admin/users", "/admin/users/new", "/admin/import", "/admin/assignments", "/admin/audit", "/admin/import/template/learners"]) {
      const response = await page.goto(path);
      expect(response?.status(), `${role} on ${path}`).toBe(404);
    }
  });
}
