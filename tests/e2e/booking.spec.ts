import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import pg from "pg";
import type { Page } from "@playwright/test";
import { expect, test, expectNoAxeViolations, newPage, sendContactForm, signIn, signInAs } from "./support";
import { startTestSmtp, type TestSmtp } from "../integration/support/smtp";

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

// The signed booking link, end to end: the outbox worker runs beside the app and delivers to a
// test SMTP server started here. Another spec's worker may deliver one of our emails to its own
// server first: then its body is read from the outbox row it sent (the same text).
let smtp: TestSmtp;
let worker: ChildProcess;

test.beforeAll(async () => {
  smtp = await startTestSmtp();
  const root = path.resolve(__dirname, "../..");
  worker = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(root, "scripts", "worker.ts")], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL, SMTP_URL: smtp.url, MAIL_FROM: "Portail <portail@demo.test>" },
    stdio: "ignore",
  });
});

test.afterAll(async () => {
  if (worker && worker.exitCode === null) {
    const exited = new Promise((resolve) => worker.once("exit", resolve));
    worker.kill("SIGTERM");
    await exited;
  }
  await smtp?.stop();
});

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** The path of the first link to `pathPart` in the latest email to `to` whose subject matches, once delivered. */
async function linkInEmail(to: string, subject: RegExp, pathPart: RegExp, after: Date): Promise<string> {
  let found: string | undefined;
  await expect
    .poll(
      async () => {
        const mails = smtp.messages.filter((m) => JSON.stringify(m.to).includes(to) && subject.test(m.subject ?? "") && (m.date ?? new Date()) >= new Date(after.getTime() - 5_000));
        const rows = await query<{ textBody: string; subject: string }>(`SELECT "textBody", subject FROM "EmailOutbox" WHERE "toAddress" = $1 AND status = 'SENT' AND "createdAt" >= $2 ORDER BY "createdAt" DESC`, [to, after]);
        // Ours from the test SMTP server first; else as another spec's worker sent it.
        const texts = [...mails.reverse().map((m) => m.text ?? ""), ...rows.filter((r) => subject.test(r.subject)).map((r) => r.textBody)];
        const url = texts.flatMap((text) => text.match(/https?:\/\/\S+/g) ?? []).find((u) => pathPart.test(u));
        found = url ? new URL(url).pathname + new URL(url).search : undefined;
        return Boolean(found);
      },
      { timeout: 45_000 },
    )
    .toBe(true);
  return found!;
}

async function pickFirstSlot(page: Page) {
  const slot = page.getByRole("region", { name: "Horaires disponibles" }).getByRole("button").first();
  const name = await slot.getAttribute("aria-label") ?? (await slot.textContent()) ?? "";
  await slot.click();
  return name;
}

test("a booking link from the advisor's email: booked after sign-in, used twice says so; the learner moves and cancels through the emailed link; a taken slot is refused; the feed lists the calls", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const [learner] = await query<{ id: string }>(`SELECT u.id FROM "User" u WHERE u.email = 'apprenant@demo.test'`);
  const [followUp] = await query<{ id: string }>(`SELECT c.id FROM "FollowUpCase" c JOIN "BookingLink" b ON b."caseId" = c.id WHERE c."learnerId" = $1 AND c.status = 'OPEN' LIMIT 1`, [learner.id]);
  const [other] = await query<{ email: string }>(
    `SELECT u.email FROM "LearnerProfile" lp JOIN "User" u ON u.id = lp."userId" JOIN "User" a ON a.id = lp."advisorId"
     WHERE a.email = 'conseiller@demo.test' AND u.email <> 'apprenant@demo.test' AND u.active
       AND NOT EXISTS (SELECT 1 FROM "FollowUpCase" c WHERE c."learnerId" = lp."userId" AND c.status = 'OPEN')
       AND NOT EXISTS (SELECT 1 FROM "Appointment" ap WHERE ap."learnerId" = lp."userId" AND ap.status = 'SCHEDULED')
     ORDER BY u.email LIMIT 1`,
  );

  // The advisor sends the link from the case page.
  const started = new Date();
  await signInAs(page, "ADVISOR");
  await page.goto(`/advisor/learners/${learner.id}/cases/${followUp.id}`);
  await page.getByRole("button", { name: "Envoyer le lien de réservation" }).click();
  await expect(page.getByText("Lien de réservation envoyé par e-mail.")).toBeVisible();
  await expectNoAxeViolations(page);
  const link = await linkInEmail("apprenant@demo.test", /^Choisissez l'horaire de votre premier appel$/, /\/login\?next=/, started);

  // A second learner of the same advisor has the slots open before the link is used.
  const second = await newPage(browser);
  await signIn(second, other.email);
  await expect(second).toHaveURL(/\/learner$/);
  await second.goto("/learner/booking");
  await expect(second.getByRole("region", { name: "Horaires disponibles" }).getByRole("button").first()).toBeVisible();

  // The learner opens the link signed out: sign-in, then the booking page of that link.
  const learnerPage = await newPage(browser);
  await learnerPage.goto(link);
  await learnerPage.getByLabel("Adresse e-mail").fill("apprenant@demo.test");
  await learnerPage.getByLabel("Mot de passe").fill("portail-demo-2026");
  await learnerPage.getByRole("button", { name: "Se connecter" }).click();
  await expect(learnerPage.getByRole("heading", { level: 1, name: "Choisir l'horaire de mon appel" })).toBeVisible();
  await expectNoAxeViolations(learnerPage);
  const linkPath = new URL(learnerPage.url()).pathname;
  const taken = await pickFirstSlot(learnerPage);
  await learnerPage.getByRole("button", { name: "Confirmer le rendez-vous" }).click();
  await expect(learnerPage.getByText("Votre rendez-vous est confirmé.")).toBeVisible();
  const booked = new Date();
  const callId = new URL(learnerPage.url()).pathname.split("/").at(-1)!;

  // Used twice: said, with the call it booked.
  await learnerPage.goto(linkPath);
  await expect(learnerPage.getByRole("heading", { level: 1, name: "Ce lien a déjà servi" })).toBeVisible();
  await expect(learnerPage.getByRole("link", { name: "Voir, déplacer ou annuler ce rendez-vous" })).toBeVisible();
  await expectNoAxeViolations(learnerPage);

  // The second learner takes the same (now booked) slot: refused, the list shown again without it.
  const stale = await pickFirstSlot(second);
  expect(stale).toBe(taken);
  await second.getByRole("button", { name: "Confirmer le rendez-vous" }).click();
  await expect(second.getByText("Cet horaire vient d'être pris. La liste est à jour : choisissez-en un autre.").first()).toBeVisible();
  await expect(second.getByRole("region", { name: "Horaires disponibles" }).getByRole("button").first()).not.toHaveAccessibleName(taken);
  await expectNoAxeViolations(second);
  await second.close();

  // The confirmation email's link: move, then cancel.
  // This call's email (the other test's calls were confirmed to the same learner moments ago).
  const manage = await linkInEmail("apprenant@demo.test", /^Rendez-vous confirmé/, new RegExp(`/learner/booking/${callId}$`), new Date(booked.getTime() - 30_000));
  await learnerPage.goto(manage);
  await learnerPage.getByRole("link", { name: "Déplacer ce rendez-vous" }).click();
  await learnerPage.getByRole("region", { name: "Horaires disponibles" }).getByRole("button").nth(1).click();
  await learnerPage.getByRole("button", { name: "Déplacer à cet horaire" }).click();
  await expect(learnerPage.getByText("Rendez-vous déplacé.")).toBeVisible();
  await learnerPage.getByRole("button", { name: "Annuler le rendez-vous" }).click();
  await expect(learnerPage.getByText("Rendez-vous annulé.")).toBeVisible();
  await learnerPage.close();

  // The advisor's feed URL returns the calls.
  await page.goto("/advisor/calendar");
  await page.getByRole("button", { name: /Créer une adresse d'abonnement|Remplacer l'adresse/ }).click();
  const feedUrl = await page.getByLabel("Votre adresse d'abonnement (affichée une seule fois)").inputValue();
  const feed = await page.request.get(new URL(feedUrl).pathname);
  expect(feed.status()).toBe(200);
  const ics = await feed.text();
  expect(ics).toContain("BEGIN:VEVENT");
  expect(ics).toContain("Léa Dubois");
  await expectNoAxeViolations(page);
});

test("call me back: a bad number is a field error; the request shows the call back and 'Proposer des créneaux' emails the booking link", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const subject = `Rappel téléphonique ${Date.now().toString(36)}`;
  await signInAs(page, "LEARNER");
  await page.goto("/learner/contact");
  await page.getByLabel("Questions administratives / support").check();
  await page.getByLabel("Objet").fill(subject);
  await page.getByLabel("Votre message").fill("Bonjour, pouvez-vous m'appeler au sujet de mon financement ?");
  await page.getByLabel("Par un appel téléphonique").check();
  await page.getByLabel("Numéro auquel vous rappeler").fill("12");
  await page.getByLabel("Quand êtes-vous joignable ? (facultatif)").fill("le matin avant 10 h");
  await page.getByRole("button", { name: "Envoyer ma demande" }).click();
  await expect(page.getByText("Numéro de téléphone : il manque des chiffres.").first()).toBeVisible();
  await expect(page.getByLabel("Objet")).toHaveValue(subject);
  await expectNoAxeViolations(page);
  await page.getByLabel("Numéro auquel vous rappeler").fill("06 12 34 56 78");
  await sendContactForm(page, "Envoyer ma demande");
  await expect(page.getByText("Vous avez demandé à être rappelé·e au 06 12 34 56 78.")).toBeVisible();
  const requestId = new URL(page.url()).pathname.split("/").at(-1)!;

  const advisor = await newPage(browser);
  await signInAs(advisor, "ADVISOR");
  await advisor.goto(`/advisor/requests/${requestId}`);
  const panel = advisor.getByRole("region", { name: "Rappel téléphonique demandé" });
  await expect(panel).toContainText("le matin avant 10 h");
  await expectNoAxeViolations(advisor);
  const sent = new Date();
  await panel.getByRole("button", { name: "Proposer des créneaux" }).click();
  await expect(advisor.getByText("Créneaux proposés : le lien de réservation est parti par e-mail.")).toBeVisible();
  await expect(advisor.getByText(/a proposé des créneaux de rappel/)).toBeVisible();
  await expectNoAxeViolations(advisor);
  await advisor.close();
  const link = await linkInEmail("apprenant@demo.test", /^Choisissez l'horaire de votre premier appel$/, /\/login\?next=/, sent);
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Choisir l'horaire de mon appel" })).toBeVisible();
});
