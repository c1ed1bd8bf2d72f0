import { expect, test, expectNoAxeViolations, newPage, sendContactForm, signInAs } from "./support";

// Live delivery (issue 15) in Chromium, two staff and the learner in contexts of their own:
// support and the advisor on the same request see each other's presence (viewing, then
// replying); support's reply reaches the advisor's page and the learner's notifications
// without a reload; the advisor's draft, typed before it arrived, is refused once with the
// new message shown, and goes through when sent again.

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test("presence both ways, a notification live, and a reply typed while a new message arrived", async ({ browser }) => {
  test.slow();
  const subject = `Direct ${unique()}`;
  const learner = await newPage(browser);
  await signInAs(learner, "LEARNER");
  await learner.goto("/learner/contact");
  await learner.getByLabel("Besoin de ressources supplémentaires pour avancer").check();
  await learner.getByLabel("Objet").fill(subject);
  await learner.getByLabel("Votre message").fill("Je cherche des exercices sur les index.");
  await sendContactForm(learner, "Envoyer ma demande");
  const requestId = /\/learner\/requests\/([a-z0-9]+)/i.exec(learner.url())![1]!;
  await learner.goto("/notifications");

  const advisor = await newPage(browser);
  await signInAs(advisor, "ADVISOR");
  await advisor.goto(`/advisor/requests/${requestId}`);
  await expect(advisor.getByRole("heading", { level: 1, name: subject })).toBeVisible();

  const support = await newPage(browser);
  await signInAs(support, "SUPPORT");
  await support.goto(`/support/requests/${requestId}`);
  await expect(support.getByRole("heading", { level: 1, name: subject })).toBeVisible();

  const presenceOf = (page: typeof advisor) => page.getByRole("status", { name: "Qui est sur cette demande" });
  await expect(presenceOf(support)).toContainText(/consulte cette demande\./);
  await expect(presenceOf(advisor)).toContainText(/consulte cette demande\./);
  await expectNoAxeViolations(advisor);

  // The advisor starts a draft: support sees them replying.
  await advisor.getByLabel("Répondre au demandeur").fill("Voici des exercices sur les index B-tree.");
  await expect(presenceOf(support)).toContainText(/répond à cette demande\./);

  // Support answers meanwhile: the advisor's history shows it without a reload, and the learner's notifications too.
  await support.getByLabel("Répondre au demandeur").fill("Le support vous envoie le guide des index.");
  await support.getByRole("button", { name: "Envoyer la réponse" }).click();
  await expect(support.getByText("Réponse envoyée.")).toBeVisible();
  await expect(advisor.getByText("Cette demande vient d'être mise à jour")).toBeVisible({ timeout: 10_000 });
  await expect(advisor.getByRole("region", { name: "Historique complet" }).getByText("Le support vous envoie le guide des index.")).toBeVisible();
  await expect(
    learner.getByRole("list", { name: "Vos notifications" }).getByRole("link", { name: new RegExp(`a répondu sur la demande n° \\d+ — ${subject}`) }),
  ).toBeVisible({ timeout: 10_000 });

  // The advisor's draft began before that reply: refused once, the message shown, the draft kept.
  await advisor.getByRole("button", { name: "Envoyer la réponse" }).click();
  await expect(advisor.getByRole("alert").filter({ hasText: "Un nouveau message est arrivé pendant que vous écriviez" })).toBeVisible();
  const notice = advisor.getByRole("region", { name: "Nouveau message" });
  await expect(notice).toContainText("Le support vous envoie le guide des index.");
  await expect(advisor.getByLabel("Répondre au demandeur")).toHaveValue("Voici des exercices sur les index B-tree.");
  await expectNoAxeViolations(advisor);
  await advisor.getByRole("button", { name: "Envoyer la réponse" }).click();
  await expect(advisor.getByText("Réponse envoyée.")).toBeVisible();

  // Support leaves: the advisor no longer sees them.
  await support.close();
  await expect(presenceOf(advisor)).not.toContainText(/consulte|répond/, { timeout: 15_000 });
  await advisor.close();
  await learner.close();
});

test("the live stream refuses a signed-out browser", async ({ request }) => {
  const response = await request.get("/api/events");
  expect(response.status()).toBe(401);
});
