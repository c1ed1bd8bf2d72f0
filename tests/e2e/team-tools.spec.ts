import { type Page } from "@playwright/test";
import { expect, test, expectNoAxeViolations, newPage, sendContactForm, signInAs } from "./support";

// The team's daily tools (issue 15, part A) in Chromium, on the seeded demo data:
// the inbox's "Effacer les filtres" really clears the controls; support inserts a
// canned reply by keyboard ("/" then a few letters) with its variables filled in,
// runs a macro, and merges a mentor alert into the learner's request.

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** The number a request page shows under its title ("Demande n° 123 · …"). */
async function numberOf(page: Page): Promise<string> {
  const text = (await page.getByText(/^Demande n° \d+/).first().textContent()) ?? "";
  return /n° (\d+)/.exec(text)![1]!;
}

async function openRequest(page: Page, subject: string) {
  await page.goto(`/support?queue=open&q=${encodeURIComponent(subject)}`);
  await page.getByRole("link", { name: new RegExp(subject) }).click();
  await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
}

test("'Effacer les filtres' clears the controls too: the next search finds what matches", async ({ page }) => {
  await signInAs(page, "SUPPORT");
  const filters = page.getByRole("search", { name: "Filtrer" });
  await filters.getByLabel("Priorité").selectOption("LOW");
  await filters.getByLabel("Rechercher (nom de l'apprenant·e ou objet)").fill("Risque d'abandon");
  await filters.getByRole("button", { name: "Appliquer les filtres" }).click();
  await expect(page).toHaveURL(/priority=LOW/);
  await expect(page.getByText("Aucune demande ne correspond.")).toBeVisible();

  await filters.getByRole("link", { name: "Effacer les filtres" }).click();
  await expect(page).not.toHaveURL(/priority=/);
  await expect(filters.getByLabel("Priorité")).toHaveValue("");
  await expect(filters.getByLabel("Rechercher (nom de l'apprenant·e ou objet)")).toHaveValue("");

  // The seeded urgent alert is found: the old "Basse" filter is not applied again.
  await filters.getByLabel("Rechercher (nom de l'apprenant·e ou objet)").fill("Risque d'abandon");
  await filters.getByRole("button", { name: "Appliquer les filtres" }).click();
  // The GET form sends its empty controls too ("priority="): none holds a value.
  await expect(page).toHaveURL(/q=Risque/);
  await expect(page).not.toHaveURL(/priority=[A-Z]/);
  await expect(page.getByRole("link", { name: /Risque d'abandon : deux absences consécutives/ })).toBeVisible();
  await expect(page.getByText("Aucune demande ne correspond.")).toHaveCount(0);
});

test("support inserts a canned reply with variables, runs a macro, and merges a mentor alert into the learner's request", async ({ browser }) => {
  // Three people and a dozen pages on a busy machine.
  test.setTimeout(240_000);
  const requestSubject = `Attestation CPF ${unique()}`;
  const alertSubject = `Décrochage ${unique()}`;

  const learner = await newPage(browser);
  await signInAs(learner, "LEARNER");
  await learner.goto("/learner/contact");
  await learner.getByLabel("Questions administratives / support").check();
  await learner.getByLabel("Objet").fill(requestSubject);
  await learner.getByLabel("Votre message").fill("Il me faut une attestation pour mon dossier CPF.");
  await sendContactForm(learner, "Envoyer ma demande");

  const mentor = await newPage(browser);
  await signInAs(mentor, "MENTOR");
  await mentor.goto("/mentor/alerts/new");
  await mentor.getByLabel("Apprenant·e concerné·e").selectOption({ label: "Léa Dubois" });
  await mentor.getByLabel("Sujet", { exact: true }).selectOption("DISENGAGEMENT_RISK");
  await mentor.getByLabel("Objet").fill(alertSubject);
  await mentor.getByLabel("Votre message").fill("Léa me dit attendre une attestation CPF et ne vient plus aux sessions.");
  await sendContactForm(mentor, "Envoyer le signalement");

  const support = await newPage(browser);
  await signInAs(support, "SUPPORT");
  await openRequest(support, requestSubject);
  const number = await numberOf(support);

  // "/" then a few letters: a listbox of canned replies the textarea controls, by keyboard.
  const reply = support.getByLabel("Répondre au demandeur");
  await reply.focus();
  await reply.pressSequentially("/CPF");
  const list = support.getByRole("listbox", { name: "Réponses types" });
  await expect(list).toBeVisible();
  await expect(list.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
  await expect(reply).toHaveAttribute("aria-activedescendant", (await list.getByRole("option").first().getAttribute("id"))!);
  await expectNoAxeViolations(support);
  await reply.press("ArrowDown");
  await expect(list.getByRole("option").nth(1)).toHaveAttribute("aria-selected", "true");
  await reply.press("ArrowUp");
  await reply.press("Enter");
  await expect(list).toHaveCount(0);
  await expect(support.getByRole("status").filter({ hasText: "Réponse type « CPF : attestation d'inscription » insérée." })).toHaveCount(1);
  // Rendered on the server for this request: the learner's first name, the number, the agent.
  await expect(reply).toHaveValue(new RegExp(`^Bonjour Léa,[\\s\\S]*\\(n° ${number}\\)[\\s\\S]*Sophie Bernard$`));
  await expect(reply).not.toHaveValue(/\{\{/);
  await support.getByRole("button", { name: "Envoyer la réponse" }).click();
  await expect(support.getByText("Réponse envoyée.")).toBeVisible();
  const history = support.getByRole("region", { name: "Historique complet" });
  await expect(history).toContainText(`dans votre espace de formation, rubrique « Documents ». Si un organisme vous demande un autre justificatif, répondez à cette demande (n° ${number})`);

  // A macro: reply + status + assignment in one click.
  await support.getByLabel("Macro", { exact: true }).selectOption({ label: "Justificatif demandé" });
  await support.getByRole("button", { name: "Appliquer la macro" }).click();
  await expect(support.getByText("Macro appliquée.")).toBeVisible();
  const overview = support.getByRole("region", { name: "Synthèse" });
  await expect(overview).toContainText("En attente du demandeur");
  await expect(overview).toContainText("Sophie Bernard");
  await expect(history).toContainText(`Pour traiter votre demande n° ${number}, nous avons besoin d'un justificatif`);

  // The mentor's alert about the same situation is merged into the learner's request.
  await support.goto(`/support?queue=triage&q=${encodeURIComponent(alertSubject)}`);
  await support.getByRole("link", { name: new RegExp(alertSubject) }).click();
  await expect(support.getByRole("heading", { level: 1, name: alertSubject })).toBeVisible();
  const alertNumber = await numberOf(support);
  await support.getByLabel("Fusionner dans la demande n°").fill(number);
  await support.getByRole("button", { name: "Fusionner", exact: true }).click();
  await expect(support.getByText(`Cette demande a été fusionnée dans la demande n° ${number} : le fil continue là-bas.`)).toBeVisible();
  await expectNoAxeViolations(support);
  await support.getByRole("link", { name: `Ouvrir la demande n° ${number}` }).click();
  await expect(support.getByRole("heading", { level: 1, name: requestSubject })).toBeVisible();
  const merged = support.getByRole("region", { name: "Historique complet" });
  await expect(merged).toContainText(`a fusionné la demande n° ${alertNumber} dans celle-ci`);
  await expect(merged).toContainText("Léa me dit attendre une attestation CPF et ne vient plus aux sessions.");
  await expect(support.getByRole("region", { name: "Synthèse" })).toContainText(alertSubject);

  // The mentor's alert page says it was grouped; the learner sees nothing of the alert.
  await mentor.goto("/mentor/alerts");
  await mentor.getByRole("link", { name: alertSubject }).click();
  await expect(mentor.getByText("Regroupée avec une autre demande sur la même situation : la suite se passe là-bas.")).toBeVisible();
  await learner.goto("/learner/requests");
  await learner.getByRole("link", { name: requestSubject }).click();
  await expect(learner.getByText("Léa me dit attendre")).toHaveCount(0);
  for (const page of [learner, mentor, support]) await page.close();
});

test("the canned replies page refuses an unknown variable, naming it", async ({ page }) => {
  await signInAs(page, "MENTORSHIP_MANAGER");
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Réponses types" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Réponses types" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Titre", { exact: true }).fill(`Essai ${unique()}`);
  await page.getByLabel("Texte").fill("Bonjour {{learner.firstName}}, votre statut : {{learner.rqth}}");
  await page.getByRole("button", { name: "Créer la réponse type" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "La variable « learner.rqth » n'existe pas" })).toBeVisible();
  await expectNoAxeViolations(page);
});
