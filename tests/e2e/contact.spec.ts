import { expect, test, expectNoAxeViolations, newPage, sendContactForm, signInAs } from "./support";

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

test("the learner files a break request and finds it in their list", async ({ page }) => {
  const subject = `Pause pour raison de santé ${unique()}`;
  await signInAs(page, "LEARNER");
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Contacter mon conseiller" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Contacter mon conseiller" })).toBeVisible();
  // The other column of the table is shown beside the form.
  const mentorColumn = page.getByRole("complementary", { name: "Ce que votre mentor signale à votre place" });
  await expect(mentorColumn).toContainText("Cas de plagiat");
  await expectNoAxeViolations(page);

  await page.getByLabel("Besoin d'une pause (maladie, congés…)").check();
  await page.getByLabel("Objet").fill(subject);
  await page.getByLabel("Motif de la pause").selectOption("ILLNESS");
  await page.getByLabel("Date de début").fill("2026-12-07");
  await page.getByLabel("Date de fin").fill("2026-12-18");
  await page.getByLabel("Votre message").fill("Bonjour,\nje dois m'arrêter deux semaines.");
  await expectNoAxeViolations(page);
  await sendContactForm(page, "Envoyer ma demande");

  await expect(page.getByRole("status").first()).toContainText("a bien été envoyée");
  await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  await expect(page.getByText("Informations confidentielles")).toBeVisible();
  await expect(page.getByText("Maladie", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Retour à la liste" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mes demandes" })).toBeVisible();
  const item = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: subject }) });
  await expect(item).toContainText("Nouvelle");
  await expect(item).toContainText("Suivie par : Conseiller·ère pédagogique");
  await expectNoAxeViolations(page);
});

test("invalid input shows the error summary, linked to the fields, and keeps what was typed", async ({ page }) => {
  await signInAs(page, "LEARNER");
  await page.goto("/learner/contact");
  await page.getByRole("button", { name: "Envoyer ma demande" }).click();
  const summary = page.getByRole("alert", { name: "Il y a un problème" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "Choisissez un sujet." })).toBeVisible();

  await page.getByLabel("Besoin d'une pause (maladie, congés…)").check();
  await page.getByLabel("Votre message").fill("Mon texte reste là.");
  await page.getByRole("button", { name: "Envoyer ma demande" }).click();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "Ce champ est obligatoire." }).first()).toBeVisible();

  await page.getByLabel("Objet").fill("Une pause");
  await page.getByLabel("Motif de la pause").selectOption("HOLIDAYS");
  await page.getByLabel("Date de début").fill("2026-12-18");
  await page.getByLabel("Date de fin").fill("2026-12-07");
  await page.getByRole("button", { name: "Envoyer ma demande" }).click();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: /date de fin doit être/ })).toBeVisible();
  await expect(page.getByLabel("Votre message")).toHaveValue("Mon texte reste là.");
  await expect(page.getByLabel("Date de fin")).toHaveAttribute("aria-invalid", "true");
  await summary.getByRole("link", { name: /date de fin doit être/ }).click();
  await expect(page.getByLabel("Date de fin")).toBeFocused();
  await expectNoAxeViolations(page);
});

test("the mentor raises a dropout-risk alert and support sees it", async ({ page, browser }) => {
  const subject = `Risque d'abandon ${unique()}`;
  await signInAs(page, "MENTOR");
  await page.goto("/mentor/alerts/new");
  await expect(page.getByRole("heading", { level: 1, name: "Signaler une situation" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Apprenant·e concerné·e").selectOption({ index: 1 });
  await page.getByLabel("Sujet", { exact: true }).selectOption("DISENGAGEMENT_RISK");
  await page.getByLabel("Objet").fill(subject);
  await page.getByLabel("Votre message").fill("Trois semaines sans nouvelles, projet en retard.");
  await sendContactForm(page, "Envoyer le signalement");
  await expect(page.getByRole("status").first()).toContainText("a été transmis au support apprenants");
  await page.getByRole("link", { name: "Retour à la liste" }).click();
  await expect(page.getByRole("link", { name: subject })).toBeVisible();
  await expectNoAxeViolations(page);

  const support = await newPage(browser);
  await signInAs(support, "SUPPORT");
  const row = support.getByRole("row").filter({ hasText: subject });
  await expect(row).toContainText("Urgente");
  await expect(row).toContainText("Non attribuée");
  await support.close();
});

test("a second alert about the same learner is shown the first, and can be added to it", async ({ page }) => {
  const first = `Absences répétées ${unique()}`;
  await signInAs(page, "MENTOR");
  const raise = async (subject: string, message: string) => {
    await page.goto("/mentor/alerts/new");
    await page.getByLabel("Apprenant·e concerné·e").selectOption({ index: 2 });
    await page.getByLabel("Sujet", { exact: true }).selectOption("MENTOR_OTHER");
    await page.getByLabel("Objet").fill(subject);
    await page.getByLabel("Votre message").fill(message);
  };
  await raise(first, "Trois sessions manquées sans prévenir.");
  await sendContactForm(page, "Envoyer le signalement");

  // The same learner again: the earlier alert is shown, with the choice; nothing typed is lost.
  await raise(`Toujours absent ${unique()}`, "Encore une absence ce matin.");
  await page.getByRole("button", { name: "Envoyer le signalement" }).click();
  const panel = page.getByRole("region", { name: "Une demande semblable existe déjà" });
  await expect(panel).toContainText(first);
  await expect(page.getByLabel("Votre message")).toHaveValue("Encore une absence ce matin.");
  await expectNoAxeViolations(page);
  await panel.getByLabel(/^Ajouter mon message à la demande n° \d+$/).check();
  await page.getByRole("button", { name: "Envoyer le signalement" }).click();
  await expect(page).toHaveURL(/[?&]added=1/);
  await expect(page.getByRole("heading", { level: 1, name: first })).toBeVisible();
  await expect(page.getByText("Encore une absence ce matin.")).toBeVisible();
});

test("a mentor who picks a learner's topic is guided instead, keeps the text, and can invite the learner", async ({ page }) => {
  await signInAs(page, "MENTOR");
  await page.goto("/mentor/alerts/new");
  await page.getByLabel("Apprenant·e concerné·e").selectOption({ index: 1 });
  await page.getByLabel("Sujet", { exact: true }).selectOption("DISRESPECT");
  await page.getByLabel("Objet").fill("Texte conservé");
  await page.getByLabel("Sujet", { exact: true }).selectOption("EXTRA_SESSIONS");
  const guidance = page.getByRole("region", { name: "C'est à l'apprenant·e de faire cette demande" });
  await expect(guidance).toContainText("Demande de sessions supplémentaires");
  await expect(page.getByRole("button", { name: "Envoyer le signalement" })).toHaveCount(0);
  await expect(guidance).toContainText("Aucune invitation envoyée à cet·te apprenant·e sur ce sujet.");
  await expectNoAxeViolations(page);
  // The invitation: an optional note, a preview of the exact email, then the sending.
  await guidance.getByLabel("Mot personnel (facultatif)").fill("Pense à demander tes deux sessions.");
  await guidance.getByRole("button", { name: "Prévisualiser l'e-mail" }).click();
  const preview = guidance.getByRole("region", { name: /Aperçu de l'e-mail envoyé à/ });
  await expect(preview).toContainText("Votre mentor vous invite à contacter votre conseiller");
  await expect(preview).toContainText("Pense à demander tes deux sessions.");
  await expectNoAxeViolations(page);
  await preview.getByRole("button", { name: /Envoyer un message à l'apprenant/ }).click();
  await expect(guidance.getByRole("status").filter({ hasText: "est invité·e à contacter son conseiller" })).toBeVisible();
  await expect(guidance).toContainText("Dernière invitation sur ce sujet envoyée le");
  // A second one for the same learner and topic within 7 days is refused, with the dates.
  await preview.getByRole("button", { name: /Envoyer un message à l'apprenant/ }).click();
  await expect(guidance.getByRole("status").filter({ hasText: "Invitation déjà envoyée le" })).toContainText("vous pourrez la renvoyer à partir du");

  await page.getByLabel("Sujet", { exact: true }).selectOption("DISRESPECT");
  await expect(page.getByLabel("Objet")).toHaveValue("Texte conservé");

  // The mentor's own catch-all sits in their column: no guidance, the alert can be sent.
  await expect(page.locator('optgroup[label="À signaler par vous (mentor)"] option[value="MENTOR_OTHER"]')).toHaveText("Autre situation");
  await page.getByLabel("Sujet", { exact: true }).selectOption("MENTOR_OTHER");
  await expect(guidance).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Envoyer le signalement" })).toBeVisible();
});

test("the learner withdraws a request nobody has answered yet, after confirming", async ({ page }) => {
  const subject = `Question retirée ${unique()}`;
  await signInAs(page, "LEARNER");
  await page.goto("/learner/contact");
  await page.getByLabel("Questions administratives / support").check();
  await page.getByLabel("Objet").fill(subject);
  await page.getByLabel("Votre message").fill("Où trouver mon attestation ?");
  await sendContactForm(page, "Envoyer ma demande");
  await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();

  const withdraw = page.getByRole("region", { name: "Retirer ma demande" });
  await withdraw.getByLabel("Pourquoi la retirez-vous ? (facultatif)").fill("Je l'ai trouvée.");
  await withdraw.getByRole("button", { name: "Retirer ma demande" }).click();
  const dialog = page.getByRole("dialog", { name: "Retirer cette demande ?" });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByRole("button", { name: "Oui, retirer la demande" }).click();

  const timeline = page.getByRole("region", { name: "Historique" });
  await expect(timeline).toContainText("Vous avez retiré cette demande");
  await expect(timeline).toContainText("Je l'ai trouvée.");
  await expect(page.getByText("Fermée", { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Retirer ma demande" })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
