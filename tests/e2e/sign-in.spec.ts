import bcrypt from "bcryptjs";
import pg from "pg";
import { expect, test, DEMO, DEMO_ROLES, SPACES, expectNoAxeViolations, signIn, signInAs } from "./support";

test.describe("signed out", () => {
  for (const space of [...SPACES, "/"]) {
    test(`${space} sends to the sign-in page`, async ({ page }) => {
      await page.goto(space);
      await expect(page).toHaveURL(/\/login$/);
      await expect(page.getByRole("heading", { level: 1, name: "Connexion" })).toBeVisible();
    });
  }

  test("the sign-in page is accessible and titled", async ({ page }) => {
    await page.goto("/login");
    await expect(page).toHaveTitle(/Connexion/);
    await expectNoAxeViolations(page);
  });

  test("a wrong password and an unknown email get the same generic message", async ({ page }) => {
    for (const email of [DEMO.LEARNER.email, "personne@demo.test"]) {
      await signIn(page, email, "mauvais-mot-de-passe");
      const summary = page.getByRole("alert", { name: "Il y a un problème" });
      await expect(summary).toContainText("Adresse e-mail ou mot de passe incorrect.");
      await expect(summary).toBeFocused();
      await expect(page).toHaveURL(/\/login$/);
    }
  });

  test("empty fields show the error summary, linked to each field", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Adresse e-mail").fill("pas-une-adresse");
    await page.getByRole("button", { name: "Se connecter" }).click();
    const summary = page.getByRole("alert", { name: "Il y a un problème" });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link", { name: /adresse e-mail valide/ })).toBeVisible();
    await expect(summary.getByRole("link", { name: "Saisissez votre mot de passe." })).toBeVisible();
    await expect(page.getByLabel("Adresse e-mail")).toHaveValue("pas-une-adresse");
    await expect(page.getByLabel("Adresse e-mail")).toHaveAttribute("aria-invalid", "true");
    await summary.getByRole("link", { name: "Saisissez votre mot de passe." }).click();
    await expect(page.getByLabel("Mot de passe")).toBeFocused();
    await expectNoAxeViolations(page);
  });
});

for (const role of DEMO_ROLES) {
  test.describe(`${role}`, () => {
    test("signs in, lands in their space, and it is accessible", async ({ page }) => {
      await signInAs(page, role);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByRole("main")).toBeVisible();
      await expect(page.getByRole("navigation", { name: "Navigation principale" })).toBeVisible();
      expect(await page.title()).not.toBe("");
      await expectNoAxeViolations(page);
    });

    test("is refused every other space with a 404", async ({ page }) => {
      await signInAs(page, role);
      // The Mentorship Manager's landing page lies inside the triage space.
      for (const space of SPACES.filter((s) => s !== DEMO[role].space && !DEMO[role].space.startsWith(`${s}/`))) {
        const response = await page.goto(space);
        expect(response?.status(), `${role} on ${space}`).toBe(404);
        await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
      }
      await expectNoAxeViolations(page);
    });

    test("signs out and can no longer open their space, even with the cookie kept from before", async ({ page, browser }) => {
      await signInAs(page, role);
      const kept = await page.context().storageState();
      await page.getByRole("button", { name: "Se déconnecter" }).click();
      await expect(page).toHaveURL(/\/login$/);
      await page.goto(DEMO[role].space);
      await expect(page).toHaveURL(/\/login$/);
      // The session cookie copied before sign-out (a stolen one) is refused too.
      const replay = await browser.newContext({ storageState: kept });
      const thief = await replay.newPage();
      await thief.goto(DEMO[role].space);
      await expect(thief).toHaveURL(/\/login$/);
      await replay.close();
    });
  });
}

test("'sign out of all my devices' on the account page ends the other browser's session too", async ({ browser }) => {
  // An account of its own: the demo accounts are signed in by specs running beside this one.
  const email = `partout.${Date.now()}@ecole.example.fr`;
  const password = "une phrase de passe pour partout";
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  await client.query(
    `INSERT INTO "User" (id, email, "firstName", "lastName", role, "passwordHash", "updatedAt") VALUES ($1, $2, 'Paul', 'Partout', 'MENTOR', $3, now())`,
    [`partout-${Date.now()}`, email, bcrypt.hashSync(password, 10)],
  );
  await client.end();
  const laptop = await (await browser.newContext()).newPage();
  const phone = await (await browser.newContext()).newPage();
  for (const page of [laptop, phone]) {
    await signIn(page, email, password);
    await expect(page).toHaveURL(/\/mentor$/);
  }
  await laptop.getByRole("link", { name: "Mon compte" }).click();
  await expect(laptop.getByRole("heading", { level: 1, name: "Mon compte" })).toBeVisible();
  await laptop.getByRole("button", { name: "Se déconnecter de tous mes appareils" }).click();
  const dialog = laptop.getByRole("dialog", { name: "Se déconnecter de tous vos appareils ?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Me déconnecter partout" }).click();
  await expect(laptop).toHaveURL(/\/login$/);
  await phone.goto("/mentor");
  await expect(phone).toHaveURL(/\/login$/);
  await laptop.context().close();
  await phone.context().close();
});
