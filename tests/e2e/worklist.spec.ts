import { expect, test, expectNoAxeViolations, newPage, sendContactForm, signInAs } from "./support";

// The team's daily tools, as staff use them on an ordinary morning: the advisor sees a
// learner's new request and reply in the navigation count and the worklist, the learner
// sees the advisor's answer in theirs, and the Mentorship Manager lands on their overview.
// Specs share one seeded database and the demo accounts: counts are checked as present,
// rows by their unique subject.

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test("a learner's request and reply show in the advisor's navigation count and worklist, and the answer in the learner's", async ({ browser }) => {
  // Two people, eight pages and three accessibility scans: past 90 s on a busy machine.
  test.slow();
  const subject = `Worklist ${unique()}`;
  const learner = await newPage(browser);
  await signInAs(learner, "LEARNER");
  await learner.goto("/learner/contact");
  await learner.getByLabel("Besoin de ressources supplémentaires pour avancer").check();
  await learner.getByLabel("Objet").fill(subject);
  await learner.getByLabel("Votre message").fill("Je cherche des exercices sur les jointures SQL.");
  await sendContactForm(learner, "Envoyer ma demande");
  const requestUrl = learner.url().replace(/\?.*$/, "");
  await learner.getByRole("textbox", { name: "Répondre" }).fill("J'ajoute : surtout les jointures externes.");
  await learner.getByRole("button", { name: "Envoyer mon message" }).click();
  await expect(learner.getByText("Message envoyé.")).toBeVisible();

  const advisor = await newPage(browser);
  await signInAs(advisor, "ADVISOR");
  const nav = advisor.getByRole("navigation", { name: "Navigation principale" });
  await expect(nav.getByRole("link", { name: /^Demandes\W+\d+ à lire$/ })).toBeVisible();
  const worklist = advisor.getByRole("region", { name: "À faire maintenant" });
  await expect(worklist.getByRole("region", { name: /^Nouvelles demandes/ }).getByRole("link", { name: new RegExp(subject) })).toBeVisible();
  const reply = worklist.getByRole("region", { name: /^Réponses des demandeurs/ }).getByRole("link", { name: new RegExp(`Léa Dubois a répondu sur la demande n° \\d+ — ${subject}`) });
  await expect(reply).toBeVisible();
  await expectNoAxeViolations(advisor);

  // Each tile links to the rows it counts.
  await advisor.getByRole("link", { name: /^Voir le détail : Apprenant·e·s à risque/ }).click();
  await expect(advisor).toHaveURL(/\/advisor\?only=atRisk#caseload$/);
  await expect(advisor.getByText("Seul·e·s les apprenant·e·s à risque sont affiché·e·s.")).toBeVisible();
  await advisor.goto("/advisor");

  await reply.click();
  await expect(advisor.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  await advisor.getByLabel("Répondre au demandeur").fill("Voici deux exercices sur les jointures externes.");
  await advisor.getByRole("button", { name: "Envoyer la réponse" }).click();
  await expect(advisor.getByText("Réponse envoyée.")).toBeVisible();

  // The learner's navigation counts the answer (refreshed without a page load), until they open it.
  await learner.goto("/learner");
  const mine = learner.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: /^Mes demandes\W+\d+ nouvelles? réponses?$/ });
  await expect(mine).toBeVisible();
  // The reply is also an in-app notification, listed on /notifications.
  await learner.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: /^Notifications\W+\d+ non lues?$/ }).click();
  await expect(learner.getByRole("list", { name: "Vos notifications" }).getByRole("link", { name: new RegExp(`a répondu sur la demande n° \\d+ — ${subject}`) })).toBeVisible();
  await expectNoAxeViolations(learner);
  await learner.goto(requestUrl);
  await expect(learner.getByText("Voici deux exercices sur les jointures externes.")).toBeVisible();
  await learner.close();
  await advisor.close();
});

test("the Mentorship Manager lands on their overview: backlog per advisor, alerts per mentor, the mentors", async ({ page }) => {
  await signInAs(page, "MENTORSHIP_MANAGER");
  await expect(page.getByRole("heading", { level: 1, name: "Pilotage" })).toBeVisible();
  const backlog = page.getByRole("table", { name: "Demandes en cours par conseiller·ère" });
  await expect(backlog.getByRole("rowheader", { name: "Camille Martin" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Alertes par mentor (8 dernières semaines)" }).getByRole("row")).not.toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Pilotage" })).toHaveAttribute("aria-current", "page");
  await expectNoAxeViolations(page);
});

test("the audit log reads in words, with sensitive reads grouped and a CSV export", async ({ page }) => {
  await signInAs(page, "ADMIN");
  await page.goto("/admin/audit?type=assignments");
  await expect(page.getByRole("table")).toContainText("Conseiller changé pour");
  await expect(page.getByRole("table")).not.toContainText("learner.advisor.changed");
  await page.getByRole("link", { name: "Lectures sensibles" }).click();
  await expect(page.getByRole("table")).toContainText("Données de santé et RQTH de Léa Dubois consultées");
  await expect(page.getByRole("table")).toContainText(/\d+ lectures/);
  await expectNoAxeViolations(page);
  const response = await page.request.get("/admin/audit/export?view=reads");
  expect(response.headers()["content-type"]).toContain("text/csv");
  const body = await response.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(body.toString("utf8")).toContain("Jour;Auteur;");
});
