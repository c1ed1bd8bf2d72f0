import { expect, test, expectNoAxeViolations, signInAs } from "./support";

// The demo learner books a call in their advisor's free slots, moves it, then cancels it;
// the advisor's availability and calendar pages are accessible. Slots are plain buttons:
// each is chosen by keyboard and named in words.

test("the learner books, moves and cancels a call; the advisor's pages pass axe", async ({ page, browser }) => {
  await signInAs(page, "LEARNER");
  await page.goto("/learner/booking");
  await expect(page.getByRole("heading", { level: 1, name: "Prendre rendez-vous avec mon conseiller·ère" })).toBeVisible();
  const existing = page.getByRole("link", { name: "Déplacer ou annuler ce rendez-vous" });
  if (await existing.isVisible()) {
    await existing.click();
    await page.getByLabel("Motif de l'annulation").fill("Je reprends un autre horaire");
    await page.getByRole("button", { name: "Annuler le rendez-vous" }).click();
    await expect(page.getByText("Rendez-vous annulé.")).toBeVisible();
    await page.goto("/learner/booking");
  }
  const slots = page.getByRole("region", { name: "Horaires disponibles" }).getByRole("button");
  const first = slots.first();
  await expect(first).toHaveAccessibleName(/^\S+ \d{1,2}(er)? \S+, \d{1,2} h \d{2} à \d{1,2} h \d{2}$/);
  await expectNoAxeViolations(page);
  await first.focus();
  await page.keyboard.press("Enter");
  await expect(first).toHaveAttribute("aria-pressed", "true");
  await page.getByLabel("Ce dont vous voulez parler (facultatif)").fill("Mon retard sur le projet");
  await page.getByRole("button", { name: "Confirmer le rendez-vous" }).click();
  await expect(page.getByText("Votre rendez-vous est confirmé.")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Déplacer ce rendez-vous" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Déplacer mon rendez-vous" })).toBeVisible();
  await page.getByRole("region", { name: "Horaires disponibles" }).getByRole("button").nth(1).click();
  await page.getByRole("button", { name: "Déplacer à cet horaire" }).click();
  await expect(page.getByText("Rendez-vous déplacé.")).toBeVisible();

  await page.getByRole("button", { name: "Annuler le rendez-vous" }).click();
  await expect(page.getByText("Rendez-vous annulé.")).toBeVisible();

  const advisor = await browser.newPage();
  await signInAs(advisor, "ADVISOR");
  await expect(advisor.getByRole("heading", { name: "Mes appels aujourd'hui et demain" })).toBeVisible();
  for (const path of ["/advisor/availability", "/advisor/calendar"]) {
    await advisor.goto(path);
    await expectNoAxeViolations(advisor);
  }
  await advisor.close();
});
