import { expect, test, expectNoAxeViolations, signInAs } from "./support";

// The advisor decides a learner's break on the request that asks for it (the seed's
// pending break of a learner of the demo advisor, with a planned session and a defence inside it): refusing
// without a reason is refused at the field, approving answers and resolves the request,
// cancels the session by the school and flags the defence in the learner file.

test("the advisor decides a break from its request page", async ({ page }) => {
  await signInAs(page, "ADVISOR");
  await page.goto("/advisor/requests");
  await page.getByRole("link", { name: "Demande de pause de trois semaines" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Demande de pause de trois semaines" })).toBeVisible();
  const form = page.getByRole("form", { name: "Décider de la pause" });
  await expect(form).toBeVisible();
  await expectNoAxeViolations(page);

  // Refusing needs a word to the learner: the summary names the field, nothing is decided.
  await form.getByRole("button", { name: "Refuser la pause" }).click();
  await page.getByRole("dialog", { name: "Refuser cette pause ?" }).getByRole("button", { name: "Oui, refuser la pause" }).click();
  const summary = form.getByRole("alert");
  await expect(summary).toContainText("Pour refuser la pause, écrivez à l'apprenant·e pourquoi.");
  await expect(summary).toBeFocused();
  await expect(form.getByRole("textbox", { name: /Message à l'apprenant·e/ })).toHaveAttribute("aria-invalid", "true");

  await form.getByRole("textbox", { name: /Message à l'apprenant·e/ }).fill("Bon rétablissement : nous reprenons à votre retour.");
  await form.getByRole("button", { name: "Valider la pause" }).click();
  // Announced where the advisor acted; the form gives way to the decision.
  await expect(page.getByRole("status").filter({ hasText: "Pause validée : la réponse est envoyée à l'apprenant·e." })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("form", { name: "Décider de la pause" })).toHaveCount(0);
  await expect(page.getByText(/du .* au .* \(validée\)/)).toBeVisible();
  await expect(page.getByText(/Votre pause du .* est acceptée/).first()).toBeVisible();
  await expect(page.getByText("Message de votre conseiller·ère : Bon rétablissement : nous reprenons à votre retour.").first()).toBeVisible();

  await page.getByRole("region", { name: "Synthèse" }).getByRole("link").first().click();
  const sessions = page.getByRole("list", { name: "Sessions" });
  await expect(sessions.getByText(/Annulée par l'école — pause/)).toHaveCount(1);
  await expect(sessions.getByText("Soutenance pendant une pause validée : à reporter")).toBeVisible();
  await expectNoAxeViolations(page);
});
