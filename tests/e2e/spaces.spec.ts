import { expect, test, expectNoAxeViolations, signInAs } from "./support";

// Each space shows real data from the seed, not a placeholder.

test("the learner sees their advisor, mentor and sessions", async ({ page }) => {
  await signInAs(page, "LEARNER");
  const contacts = page.getByRole("region", { name: "Mes interlocuteurs" });
  await expect(contacts.getByRole("link", { name: "conseiller@demo.test" })).toBeVisible();
  await expect(contacts.getByRole("link", { name: "mentor@demo.test" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Sessions à venir" }).getByRole("listitem").first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Sessions récentes" }).getByRole("listitem").first()).toBeVisible();
});

test("the mentor sees their learners", async ({ page }) => {
  await signInAs(page, "MENTOR");
  const rows = page.getByRole("table").getByRole("row");
  expect(await rows.count()).toBeGreaterThan(2);
});

test("the advisor sees their caseload with this week's sessions", async ({ page }) => {
  await signInAs(page, "ADVISOR");
  await expect(page.getByRole("columnheader", { name: "Sessions (7 j / 28 j)" })).toBeVisible();
  expect(await page.getByRole("table").getByRole("row").count()).toBeGreaterThan(5);
});

test("support sees the open requests, urgent first", async ({ page }) => {
  await signInAs(page, "SUPPORT");
  const firstRow = page.getByRole("table").getByRole("row").nth(1);
  await expect(firstRow).toContainText("Urgente");
});

test("the admin sees users with roles and assignments", async ({ page }) => {
  await signInAs(page, "ADMIN");
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Comptes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Comptes" })).toBeVisible();
  const table = page.getByRole("table");
  await expect(table.getByRole("cell", { name: "apprenant@demo.test" })).toBeVisible();
  await expect(table).toContainText("Conseiller : ");
});

test("the dev mailbox does not exist in production, not even for the admin", async ({ page }) => {
  await signInAs(page, "ADMIN");
  await expect(page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Boîte d'envoi" })).toHaveCount(0);
  expect((await page.goto("/admin/mailbox"))?.status()).toBe(404);
});

test("every role reaches its account page from the header", async ({ page }) => {
  await signInAs(page, "LEARNER");
  await page.getByRole("link", { name: "Mon compte" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mon compte" })).toBeVisible();
  await expectNoAxeViolations(page);
});

for (const role of ["LEARNER", "MENTOR", "ADVISOR", "SUPPORT", "MENTORSHIP_MANAGER"] as const) {
  test(`the outbox is not found for ${role}`, async ({ page }) => {
    await signInAs(page, role);
    const response = await page.goto("/admin/mailbox");
    expect(response?.status()).toBe(404);
  });
}
