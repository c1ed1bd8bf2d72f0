import { expect, test, expectNoAxeViolations, newPage, sendContactForm, signInAs } from "./support";

// Documents on requests, in Chromium: the learner attaches a PDF to a break request
// (a special-category topic), their advisor downloads it, the mentor cannot; the
// advisor answers with a document from the reply form, and the learner downloads it.

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const STAFF_PDF = Buffer.from("%PDF-1.7\n% attestation de l'ecole\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

test("a learner attaches a PDF to a break request; the advisor downloads it and answers with one; the learner downloads it; the mentor cannot", async ({ page, browser }) => {
  test.slow();
  const subject = `Arrêt maladie ${Date.now().toString(36)}`;
  await signInAs(page, "LEARNER");
  await page.goto("/learner/contact");
  await page.getByLabel("Besoin d'une pause (maladie, congés…)").check();
  await page.getByLabel("Objet").fill(subject);
  await page.getByLabel("Motif de la pause").selectOption("ILLNESS");
  await page.getByLabel("Date de début").fill("2026-12-14");
  await page.getByLabel("Date de fin").fill("2026-12-18");
  await page.getByLabel("Votre message").fill("Bonjour,\nvoici mon arrêt de travail.");
  // The type is checked on the content: an executable named .pdf is refused.
  const picker = page.getByLabel("Documents joints (facultatif)");
  await picker.setInputFiles({ name: "faux.pdf", mimeType: "application/pdf", buffer: Buffer.from("MZ this is not a pdf") });
  await expect(page.getByText("« faux.pdf » n'est ni un PDF, ni une image, ni un document bureautique.")).toBeVisible();
  await picker.setInputFiles({ name: "arret-de-travail.pdf", mimeType: "application/pdf", buffer: PDF });
  await expect(page.getByRole("button", { name: "Retirer arret-de-travail.pdf" })).toBeVisible();
  await expectNoAxeViolations(page);
  await sendContactForm(page, "Envoyer ma demande");

  await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  const link = page.getByRole("region", { name: "Documents" }).getByRole("link", { name: "Télécharger arret-de-travail.pdf" });
  await expect(link).toBeVisible();
  await expectNoAxeViolations(page);
  const href = (await link.getAttribute("href"))!;
  const requestId = new URL(page.url()).pathname.split("/").pop()!;

  // The advisor downloads it from the request page (always as an attachment).
  const advisor = await newPage(browser);
  await signInAs(advisor, "ADVISOR");
  await advisor.goto(`/advisor/requests/${requestId}`);
  await expect(advisor.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  const [download] = await Promise.all([advisor.waitForEvent("download"), advisor.getByRole("link", { name: "Télécharger arret-de-travail.pdf" }).click()]);
  expect(download.suggestedFilename()).toBe("arret-de-travail.pdf");
  const response = await advisor.request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="arret-de-travail.pdf"/);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(Buffer.from(await response.body()).equals(PDF)).toBe(true);
  await expectNoAxeViolations(advisor);

  // The advisor answers with a document of their own, from the reply form (the same picker, the same content check).
  await advisor.getByRole("textbox", { name: "Répondre au demandeur" }).fill("Bien reçu. Voici l'attestation de l'école.");
  const staffPicker = advisor.getByLabel("Documents joints (facultatif)");
  await staffPicker.setInputFiles({ name: "image.png", mimeType: "image/png", buffer: Buffer.from("not an image at all") });
  await expect(advisor.getByText("« image.png » n'est ni un PDF, ni une image, ni un document bureautique.")).toBeVisible();
  await staffPicker.setInputFiles({ name: "attestation-ecole.pdf", mimeType: "application/pdf", buffer: STAFF_PDF });
  await expect(advisor.getByRole("button", { name: "Retirer attestation-ecole.pdf" })).toBeVisible();
  await expectNoAxeViolations(advisor);
  await advisor.getByRole("button", { name: "Envoyer la réponse" }).click();
  await expect(advisor.getByText("Réponse envoyée.")).toBeVisible();
  await expect(advisor.getByRole("link", { name: "Télécharger attestation-ecole.pdf" })).toBeVisible();

  // The learner finds it on their request and downloads it.
  await page.reload();
  await expect(page.getByText("Bien reçu. Voici l'attestation de l'école.")).toBeVisible();
  const staffLink = page.getByRole("region", { name: "Documents" }).getByRole("link", { name: "Télécharger attestation-ecole.pdf" });
  const [learnerDownload] = await Promise.all([page.waitForEvent("download"), staffLink.click()]);
  expect(learnerDownload.suggestedFilename()).toBe("attestation-ecole.pdf");
  const staffHref = (await staffLink.getAttribute("href"))!;
  const staffResponse = await page.request.get(staffHref);
  expect(staffResponse.status()).toBe(200);
  expect(staffResponse.headers()["content-disposition"]).toMatch(/^attachment; filename="attestation-ecole.pdf"/);
  expect(Buffer.from(await staffResponse.body()).equals(STAFF_PDF)).toBe(true);
  await expectNoAxeViolations(page);

  // The mentor: not found, for the document and for the request.
  const mentor = await newPage(browser);
  await signInAs(mentor, "MENTOR");
  expect((await mentor.request.get(href)).status()).toBe(404);
  expect((await mentor.request.get(staffHref)).status()).toBe(404);
  expect((await mentor.request.get(`/mentor/alerts/${requestId}`)).status()).toBe(404);
  // Signed out: not found either.
  expect((await (await newPage(browser)).request.get(href)).status()).toBe(404);
});

test("support attaches the demo's unmatched email to its request", async ({ page }) => {
  await signInAs(page, "SUPPORT");
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Emails non classés" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Emails non classés" })).toBeVisible();
  const email = page.getByRole("article").filter({ hasText: "m.dupont@partenaire.example" });
  await expect(email).toContainText("Envoyé par une autre adresse que celle du destinataire");
  await expect(email.getByRole("link", { name: "formulaire-attestation.pdf" })).toBeVisible();
  await expectNoAxeViolations(page);
  const heading = (await email.getByRole("heading", { level: 2 }).textContent()) ?? "";
  const number = /n° (\d+)/.exec(heading)![1];
  await email.getByLabel("N° de la demande").fill(number);
  await email.getByRole("button", { name: "Rattacher" }).click();
  // Handled: it leaves the queue.
  await expect(page.getByRole("article").filter({ hasText: "m.dupont@partenaire.example" })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("article").filter({ hasText: "m.dupont@partenaire.example" })).toHaveCount(0);
});
