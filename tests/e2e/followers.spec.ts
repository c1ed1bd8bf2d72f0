import { expect, test, expectNoAxeViolations, newPage, sendContactForm, signInAs } from "./support";

// Followers and @mentions (issue 15, item 7), as support and the advisor use them: support
// follows and unfollows a request by keyboard, mentions the advisor in an internal note
// through the "@" picker (keyboard only), and the advisor sees the mention in the count of
// their navigation and on /notifications. Specs share one seeded database: counts are
// compared before and after, rows found by their unique subject.

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const unreadCount = async (page: import("@playwright/test").Page) => {
  const link = page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: /^Notifications/ });
  const match = /(\d+) non lues?/.exec((await link.textContent()) ?? "");
  return match ? Number(match[1]) : 0;
};

test("support follows by keyboard, mentions the advisor in an internal note, and the advisor is notified", async ({ browser }) => {
  // Three people and three accessibility scans: past 90 s on a busy machine.
  test.slow();
  const subject = `Abonnés ${unique()}`;
  const learner = await newPage(browser);
  await signInAs(learner, "LEARNER");
  await learner.goto("/learner/contact");
  await learner.getByLabel("Questions administratives / support").check();
  await learner.getByLabel("Objet").fill(subject);
  await learner.getByLabel("Votre message").fill("Où trouver mon attestation de formation ?");
  await sendContactForm(learner, "Envoyer ma demande");
  const id = /\/learner\/requests\/([a-z0-9]+)/.exec(learner.url())![1];
  await learner.close();

  const advisor = await newPage(browser);
  await signInAs(advisor, "ADVISOR");
  const before = await unreadCount(advisor);

  const support = await newPage(browser);
  await signInAs(support, "SUPPORT");
  await support.goto(`/support/requests/${id}`);
  await expect(support.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  const followers = support.getByRole("region", { name: "Abonnés" });
  await expect(followers.getByText("Personne ne suit cette demande.")).toBeVisible();

  // "Suivre", then "Ne plus suivre", by keyboard only.
  await followers.getByRole("button", { name: "Suivre", exact: true }).focus();
  await support.keyboard.press("Enter");
  await expect(followers.getByText("Vous suivez cette demande.")).toBeVisible();
  await expect(followers.getByRole("list", { name: "Abonnés de la demande" })).toContainText("Sophie Bernard");
  await followers.getByRole("button", { name: "Ne plus suivre" }).focus();
  await support.keyboard.press("Enter");
  await expect(followers.getByText("Vous ne suivez plus cette demande.")).toBeVisible();
  await expect(followers.getByText("Personne ne suit cette demande.")).toBeVisible();
  // The history says so.
  await expect(support.getByRole("region", { name: "Historique complet" })).toContainText("ne suit plus cette demande");

  // The "@" picker: type, arrow to the advisor, Enter; the status announces it.
  const note = support.getByRole("textbox", { name: "Note interne" });
  await note.focus();
  await support.keyboard.type("Pour toi @Cam");
  const list = support.getByRole("listbox", { name: "Collègues à mentionner" });
  await expect(list.getByRole("option", { name: /Camille Martin/ })).toBeVisible();
  await expect(note).toHaveAttribute("aria-activedescendant", /mention/);
  await support.keyboard.press("Enter");
  await expect(list).toBeHidden();
  await expect(note).toHaveValue(/^Pour toi @\[Camille Martin\]\([a-z0-9]+\) $/);
  await support.keyboard.type("peux-tu répondre ?");
  await expectNoAxeViolations(support);
  await support.getByRole("button", { name: "Ajouter la note" }).click();
  await expect(support.getByText("Note ajoutée.")).toBeVisible();
  // The note reads with the name, not the token.
  await expect(support.getByRole("region", { name: "Historique complet" }).getByText("@Camille Martin")).toBeVisible();
  await support.close();

  await advisor.reload();
  await expect.poll(() => unreadCount(advisor)).toBe(before + 1);
  await advisor.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: /^Notifications/ }).click();
  const mention = advisor.getByRole("list", { name: "Vos notifications" }).getByRole("link", { name: new RegExp(`Sophie Bernard vous a mentionné·e dans une note de la demande n° \\d+ — ${subject}`) });
  await expect(mention).toBeVisible();
  await expect(advisor.getByRole("group", { name: "Recevoir mes notifications par e-mail" })).toBeVisible();
  await expectNoAxeViolations(advisor);
  await mention.click();
  await expect(advisor.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  await advisor.close();
});
