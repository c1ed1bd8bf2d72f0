import { type Page } from "@playwright/test";
import pg from "pg";
import { expect, test, expectNoAxeViolations, newPage, sendContactForm, signInAs } from "./support";

// The whole loop through the real pages, each role in its own browser context: a mentor's
// alert → support forwards it → the advisor opens a case from the request → call 1 → after
// its time, the blocker → call 2 → after its time, the check → the case closes with what
// the mentor may know → the mentor sees "handled" with it. The server is a production
// build whose clock cannot be moved: "after its time" moves the call's start into the past
// in the database (what the passing of time would do), never a sleep.

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function sql(text: string, params: unknown[]) {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(text, params)).rowCount;
  } finally {
    await client.end();
  }
}

/**
 * Time passes for the case's scheduled call: its start moves into the past. The demo advisor
 * has other scheduled calls (the seed, other specs) and two never overlap
 * (Appointment_advisor_no_overlap), so it moves to a past instant no scheduled call of theirs
 * is near: whole days back, at a minute of its own.
 */
async function callTimePasses(page: Page) {
  const caseId = new URL(page.url()).pathname.split("/").pop();
  const moved = await sql(
    `UPDATE "Appointment" a SET "startsAt" = date_trunc('minute', now()) - interval '2 hours' - (d || ' days')::interval
       FROM (SELECT d FROM generate_series(0, 60) d
              WHERE NOT EXISTS (SELECT 1 FROM "Appointment" o WHERE o."caseId" IS DISTINCT FROM $1 AND o.status = 'SCHEDULED'
                AND o."advisorId" = (SELECT "advisorId" FROM "Appointment" WHERE "caseId" = $1 AND status = 'SCHEDULED')
                AND o."startsAt" BETWEEN date_trunc('minute', now()) - interval '4 hours' - (d || ' days')::interval
                                     AND date_trunc('minute', now()) - (d || ' days')::interval)
              ORDER BY d LIMIT 1) free
      WHERE a."caseId" = $1 AND a.status = 'SCHEDULED'`,
    [caseId],
  );
  expect(moved).toBe(1);
  await page.reload();
}

/** A time of day of this run's own (8:00–17:59): a retry or another spec may hold the advisor's 10:00. */
const ownTime = () => `${String(8 + Math.floor(Math.random() * 10)).padStart(2, "0")}:${String(Math.floor(Math.random() * 60)).padStart(2, "0")}`;

async function schedule(page: Page, date: string, kind: "Premier appel" | "Appel de suivi") {
  const form = page.getByRole("form", { name: /^Planifier/ });
  // The form gives way to the planned call (its status line may go with it).
  const planned = page.getByRole("region", { name: "Rendez-vous téléphoniques" }).getByText(new RegExp(`^${kind} · .* · Prévu$`));
  // Specs running beside this one book calls with the same demo advisor: a time they hold is
  // refused by name (the form keeps what was typed), and another time is tried.
  const taken = form.getByText("Un autre appel est déjà prévu à cette heure", { exact: false }).first();
  await form.getByLabel("Date", { exact: true }).fill(date);
  for (let attempt = 0; attempt < 4; attempt++) {
    await form.getByLabel("Heure").fill(ownTime());
    // The action's answer, then what it rendered: the call, or the refusal (an earlier one may still show for an instant).
    await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), form.getByRole("button", { name: "Planifier et envoyer l'invitation" }).click()]);
    await expect(planned.or(taken)).toBeVisible();
    if (await expect(planned).toBeVisible({ timeout: 2000 }).then(() => true, () => false)) return;
  }
  await expect(planned).toBeVisible();
}

async function record(page: Page, notes: string, blocker?: string) {
  await page.getByLabel("Oui, l'appel a eu lieu").check();
  if (blocker) await page.getByRole("textbox", { name: "Blocage identifié" }).first().fill(blocker);
  await page.getByRole("textbox", { name: "Notes", exact: true }).fill(notes);
  await page.getByRole("button", { name: "Enregistrer le compte rendu" }).click();
}

test("a mentor's alert goes round the whole loop and comes back handled", async ({ browser }) => {
  test.setTimeout(180_000);
  const subject = `Décrochage ${unique()}`;
  const outcome = "Léa a réorganisé ses soirées ; elle reprend ses sessions dès lundi.";

  const mentor = await newPage(browser);
  await signInAs(mentor, "MENTOR");
  await mentor.goto("/mentor/alerts/new");
  await mentor.getByLabel("Apprenant·e concerné·e").selectOption({ label: "Léa Dubois" });
  await mentor.getByLabel("Sujet", { exact: true }).selectOption("DISENGAGEMENT_RISK");
  await mentor.getByLabel("Objet").fill(subject);
  await mentor.getByLabel("Votre message").fill("Léa ne se connecte plus le soir depuis deux semaines.");
  await sendContactForm(mentor, "Envoyer le signalement");
  await expect(mentor.getByRole("status").first()).toContainText("a été transmis");

  const support = await newPage(browser);
  await signInAs(support, "SUPPORT");
  await support.getByLabel("Rechercher (nom de l'apprenant·e ou objet)").fill(subject);
  await support.getByRole("button", { name: "Appliquer les filtres" }).click();
  await support.getByRole("link", { name: new RegExp(subject) }).click();
  await support.getByRole("button", { name: /Transmettre au conseiller de l'apprenant·e/ }).click();
  await expect(support.getByText("Demande transmise.")).toBeVisible();

  // The advisor opens a case from the request: it links both ways.
  const advisor = await newPage(browser);
  await signInAs(advisor, "ADVISOR");
  await advisor.goto("/advisor/requests");
  await advisor.getByRole("link", { name: new RegExp(subject) }).click();
  await advisor.getByRole("link", { name: "Ouvrir un dossier de suivi" }).click();
  await expect(advisor.getByText(new RegExp(`À partir de la demande n° \\d+ : ${subject}`))).toBeVisible();
  await advisor.getByRole("button", { name: "Ouvrir le suivi" }).click();
  await expect(advisor.getByRole("heading", { level: 1, name: "Suivi : Alerte du mentor" })).toBeVisible();

  // Call 1: invited; before its time there is no report to write; after it, the blocker.
  await schedule(advisor, inDays(3), "Premier appel");
  await expect(advisor.getByRole("button", { name: "Enregistrer le compte rendu" })).toHaveCount(0);
  const learner = await newPage(browser);
  await signInAs(learner, "LEARNER");
  await expect(learner.getByRole("region", { name: "Mes prochains rendez-vous" })).toContainText("Premier rendez-vous");
  await callTimePasses(advisor);
  await record(advisor, "Appel d'une demi-heure : horaires du soir incompatibles avec le travail.", "Horaires de travail de nuit depuis trois semaines");
  await expect(advisor.getByRole("region", { name: "Blocage identifié" })).toContainText("Horaires de travail de nuit");

  // Call 2: the check that the blocker is solved.
  await schedule(advisor, inDays(10), "Appel de suivi");
  await learner.reload();
  await expect(learner.getByRole("region", { name: "Mes prochains rendez-vous" })).toContainText(/suivi/i);
  await callTimePasses(advisor);
  await record(advisor, "Sessions reprises le samedi matin, tout va bien.");
  await expect(advisor.getByRole("listitem").filter({ hasText: "Appel de suivi" }).filter({ hasText: "Tenu" })).toBeVisible();

  // Closing with what the mentor may know resolves the request and tells the mentor.
  await advisor.getByLabel("Blocage résolu", { exact: true }).check();
  await advisor.getByLabel("Prochaine étape").fill("Point mensuel");
  await advisor.getByRole("textbox", { name: /Ce que la personne qui a signalé la situation peut savoir/ }).fill(outcome);
  await advisor.getByRole("button", { name: "Clore le suivi" }).click();
  await advisor.getByRole("dialog", { name: "Clore ce suivi ?" }).getByRole("button", { name: "Oui, clore le suivi" }).click();
  await expect(advisor.getByText("Clos le")).toBeVisible();
  await expectNoAxeViolations(advisor);

  await mentor.goto("/mentor/alerts");
  const item = mentor.getByRole("listitem").filter({ has: mentor.getByRole("link", { name: subject }) });
  await expect(item).toContainText("Résolue");
  await expect(item).toContainText("Traité — vous avez été prévenu·e");
  await item.getByRole("link", { name: subject }).click();
  await expect(mentor.getByText(outcome)).toBeVisible();
  await expectNoAxeViolations(mentor);
  for (const page of [mentor, support, advisor, learner]) await page.close();
});
