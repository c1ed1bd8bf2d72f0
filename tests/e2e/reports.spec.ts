import fs from "node:fs/promises";
import pg from "pg";
import { expect, expectNoAxeViolations, signInAs, test } from "./support";

// Reports through the real pages: the Mentorship Manager opens them, filters by advisor,
// drills into a figure, downloads its CSV and a learner's dossier PDF; an advisor sees
// their own caseload and gets a 404 for another advisor's learner.

async function otherAdvisorsLearner(): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `SELECT lp."userId" AS id FROM "LearnerProfile" lp JOIN "User" a ON a.id = lp."advisorId" WHERE a.email <> 'conseiller@demo.test' ORDER BY lp."userId" LIMIT 1`,
    );
    return rows[0].id;
  } finally {
    await client.end();
  }
}

test("the Mentorship Manager filters the reports by advisor, drills into a figure and downloads its CSV and a dossier", async ({ page }) => {
  await signInAs(page, "MENTORSHIP_MANAGER");
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Rapports" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rapports" })).toBeVisible();
  await expect(page.getByText("Toute l'école.")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Découpage").selectOption("quarter");
  await page.getByLabel("Conseiller·ère").selectOption({ label: "Martin Camille" });
  await page.getByRole("button", { name: "Afficher" }).click();
  await expect(page).toHaveURL(/granularity=quarter/);
  await expect(page.getByRole("status").filter({ hasText: /Période : \d{4}-Q[1-4]/ })).toBeVisible();
  const figure = page.getByRole("region", { name: "Délai de première réponse" });
  await expect(figure.getByRole("table", { name: /Données du graphique/ })).toBeVisible();

  await figure.getByRole("link", { name: /Voir les enregistrements/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Délai de première réponse" })).toBeVisible();
  const table = page.getByRole("table", { name: /Délai de première réponse — \d{4}-Q/ });
  const rows = table.locator("tbody tr");
  expect(await rows.count()).toBeGreaterThan(0);
  // Every record is of the chosen advisor's caseload.
  for (const cell of await rows.locator("td:nth-child(3)").allTextContents()) expect(cell).toBe("Martin Camille");
  await expectNoAxeViolations(page);

  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Télécharger le CSV" }).click()]);
  expect(csv.suggestedFilename()).toMatch(/^firstResponse-\d{4}-Q[1-4]\.csv$/);
  const text = await fs.readFile((await csv.path())!, "utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  const lines = text.slice(1).trimEnd().split("\r\n");
  expect(lines[0]).toContain("Demande n°;");
  const status = await page.getByRole("status").first().textContent();
  expect(lines.length - 1).toBe(Number(/(\d+) enregistrement/.exec(status ?? "")?.[1]));

  const [dossier] = await Promise.all([page.waitForEvent("download"), rows.first().getByRole("link", { name: /Dossier PDF/ }).click()]);
  expect(dossier.suggestedFilename()).toMatch(/^dossier-.+\.pdf$/);
  const bytes = await fs.readFile((await dossier.path())!);
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
});

test("an advisor sees their own caseload; another advisor's learner and records are not found", async ({ page }) => {
  await signInAs(page, "ADVISOR");
  await page.goto("/reports");
  await expect(page.getByText("Vos apprenant·e·s uniquement.")).toBeVisible();
  await expect(page.getByLabel("Conseiller·ère")).toHaveCount(0);
  const other = await otherAdvisorsLearner();
  expect((await page.request.get(`/reports/learners/${other}/dossier`)).status()).toBe(404);
  expect((await page.request.get(`/reports/learners/${other}/attendance?month=2026-11`)).status()).toBe(404);
});

test("a role outside the reports gets a 404 for the page and the downloads", async ({ page }) => {
  await signInAs(page, "SUPPORT");
  expect((await page.request.get("/reports")).status()).toBe(404);
  expect((await page.request.get("/reports/topics/csv")).status()).toBe(404);
});
