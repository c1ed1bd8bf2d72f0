import { type Page } from "@playwright/test";
import { expect, test, expectNoAxeViolations, newPage, sendContactForm, signInAs, tabTo } from "./support";

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

async function mentorRaisesAlert(page: Page, subject: string) {
  await signInAs(page, "MENTOR");
  await page.goto("/mentor/alerts/new");
  await page.getByLabel("Apprenant·e concerné·e").selectOption({ label: "Léa Dubois" });
  await page.getByLabel("Sujet", { exact: true }).selectOption("DISENGAGEMENT_RISK");
  await page.getByLabel("Objet").fill(subject);
  await page.getByLabel("Votre message").fill("Léa ne répond plus depuis deux semaines.");
  await sendContactForm(page, "Envoyer le signalement");
  await expect(page.getByRole("status").first()).toContainText("a été transmis");
}

test("support forwards a mentor alert; the advisor replies and resolves; the mentor sees the loop closed", async ({ browser }) => {
  const subject = `Décrochage ${unique()}`;
  const mentor = await newPage(browser);
  await mentorRaisesAlert(mentor, subject);

  const support = await newPage(browser);
  await signInAs(support, "SUPPORT");
  await expect(support.getByRole("heading", { level: 1, name: "Demandes et signalements" })).toBeVisible();
  await expectNoAxeViolations(support);
  await support.getByLabel("Rechercher (nom de l'apprenant·e ou objet)").fill(subject);
  await support.getByRole("button", { name: "Appliquer les filtres" }).click();
  await support.getByRole("link", { name: new RegExp(subject) }).click();
  await expect(support.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  await expectNoAxeViolations(support);
  await support.getByLabel("Note pour le conseiller (facultative)").fill("Le mentor est inquiet : appeler avant jeudi.");
  await support.getByRole("button", { name: /Transmettre au conseiller de l'apprenant·e/ }).click();
  await expect(support.getByText("Demande transmise.")).toBeVisible();
  await expect(support.getByRole("region", { name: "Synthèse" })).toContainText("Camille Martin");
  const history = support.getByRole("region", { name: "Historique complet" });
  await expect(history).toContainText(/transmise par .+ à Camille Martin \(file Tri → Conseiller\)/);
  await expect(history).not.toContainText("de personne");
  await expect(history).toContainText("Le mentor est inquiet : appeler avant jeudi.");

  const advisor = await newPage(browser);
  await signInAs(advisor, "ADVISOR");
  await advisor.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Demandes" }).click();
  await expectNoAxeViolations(advisor);
  await advisor.getByRole("link", { name: new RegExp(subject) }).click();
  await expect(advisor.getByRole("region", { name: "Historique complet" })).toContainText("Le mentor est inquiet : appeler avant jeudi.");
  await advisor.getByLabel("Répondre au demandeur").fill("Merci, j'appelle Léa aujourd'hui.");
  await advisor.getByRole("button", { name: "Envoyer la réponse" }).click();
  await expect(advisor.getByText("Réponse envoyée.")).toBeVisible();
  // The page shows the reply once it re-rendered with the request's new version (the reply
  // moved it to "En cours"): a status sent before that is a conflict.
  await expect(advisor.getByRole("region", { name: "Historique complet" })).toContainText("Merci, j'appelle Léa aujourd'hui.");
  await advisor.getByLabel("Changer le statut").selectOption("RESOLVED");
  await advisor.getByRole("button", { name: "Enregistrer le statut" }).click();
  await expect(advisor.getByText("Statut enregistré.")).toBeVisible();
  await expect(advisor.getByText(/Mentor prévenu le/)).toBeVisible();
  // From the request, the advisor opens a follow-up case prefilled with it.
  await advisor.getByRole("link", { name: "Ouvrir un dossier de suivi" }).click();
  await expect(advisor.getByRole("heading", { level: 1, name: "Ouvrir un suivi" })).toBeVisible();
  await expect(advisor.getByText(new RegExp(`À partir de la demande n° \\d+ : ${subject}`))).toBeVisible();

  await mentor.goto("/mentor/alerts");
  const item = mentor.getByRole("listitem").filter({ has: mentor.getByRole("link", { name: subject }) });
  await expect(item).toContainText("Résolue");
  await expect(item).toContainText("Traité — vous avez été prévenu·e");
  await expect(item).toContainText("Merci, j'appelle Léa aujourd'hui.");
  await expectNoAxeViolations(mentor);
  for (const page of [mentor, support, advisor]) await page.close();
});

test("the learner never sees an internal note, on any page", async ({ browser }) => {
  const marker = `NOTE-INTERNE-${unique()}`;
  const subject = `Ressources ${unique()}`;
  const learner = await newPage(browser);
  await signInAs(learner, "LEARNER");
  await learner.goto("/learner/contact");
  await learner.getByLabel("Besoin de ressources supplémentaires pour avancer").check();
  await learner.getByLabel("Objet").fill(subject);
  await learner.getByLabel("Votre message").fill("Je cherche des exercices sur SQL.");
  await sendContactForm(learner, "Envoyer ma demande");
  await expect(learner.getByRole("status").first()).toContainText("a bien été envoyée");
  const requestUrl = learner.url().replace(/\?.*$/, "");

  const advisor = await newPage(browser);
  await signInAs(advisor, "ADVISOR");
  await advisor.goto("/advisor/requests");
  await advisor.getByRole("link", { name: new RegExp(subject) }).click();
  await advisor.getByLabel("Note interne").fill(marker);
  await advisor.getByRole("button", { name: "Ajouter la note" }).click();
  await expect(advisor.getByText("Note ajoutée.")).toBeVisible();
  await advisor.getByLabel("Répondre au demandeur").fill("Voici trois ressources.");
  await advisor.getByRole("button", { name: "Envoyer la réponse" }).click();
  await expect(advisor.getByText("Réponse envoyée.")).toBeVisible();
  await expect(advisor.getByText(marker)).toBeVisible();

  for (const url of [requestUrl, "/learner/requests", "/learner"]) {
    const response = await learner.goto(url);
    await expect(learner.getByRole("main")).toBeVisible();
    expect(await response!.text()).not.toContain(marker);
    expect(await learner.content()).not.toContain(marker);
  }
  await learner.goto(requestUrl);
  await expect(learner.getByText("Voici trois ressources.")).toBeVisible();
  await learner.getByRole("textbox", { name: "Répondre" }).fill("Merci beaucoup !");
  await learner.getByRole("button", { name: "Envoyer mon message" }).click();
  await expect(learner.getByText("Message envoyé.")).toBeVisible();
  await expectNoAxeViolations(learner);
  await learner.close();
  await advisor.close();
});

test("support triages one request with the keyboard only", async ({ browser }) => {
  const subject = `Clavier ${unique()}`;
  const mentor = await newPage(browser);
  await mentorRaisesAlert(mentor, subject);
  await mentor.close();

  const page = await newPage(browser);
  await signInAs(page, "MENTORSHIP_MANAGER");
  // The Mentorship Manager lands on their overview; the inbox is one link away.
  await page.goto("/support");
  const search = page.getByLabel("Rechercher (nom de l'apprenant·e ou objet)");
  await tabTo(page, search);
  await page.keyboard.type(subject);
  await page.keyboard.press("Enter");
  const link = page.getByRole("link", { name: new RegExp(subject) });
  await expect(link).toBeVisible();
  await tabTo(page, link);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();

  const forward = page.getByRole("button", { name: /Transmettre au conseiller/ });
  await tabTo(page, forward);
  await page.keyboard.press("Enter");
  await expect(page.getByText("Demande transmise.")).toBeVisible();

  const status = page.getByLabel("Changer le statut");
  await tabTo(page, status);
  await page.keyboard.press("ArrowDown");
  await tabTo(page, page.getByRole("button", { name: "Enregistrer le statut" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText("Statut enregistré.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Synthèse" })).toContainText("En cours");
  await page.close();
});

test("another role cannot open the triage pages", async ({ page }) => {
  await signInAs(page, "LEARNER");
  for (const url of ["/support", "/support/requests/anything", "/advisor/requests"]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
  }
});
