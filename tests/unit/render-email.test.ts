import { describe, expect, it } from "vitest";
import { appUrl, escapeHtml, renderEmail } from "@/lib/server/mail/render";
import { appointmentEmail } from "@/lib/server/mail/appointment-email";
import { requestConfirmationEmail } from "@/lib/server/mail/templates/requests";

describe("renderEmail", () => {
  const email = renderEmail({
    locale: "fr",
    subject: "Votre demande\r\nBcc: intrus@exemple.fr",
    greeting: "Bonjour Léa,",
    paragraphs: ['Texte <script>alert("x")</script> & "guillemets"', "Ligne 1\nLigne 2"],
    action: { label: "Voir la demande", url: "http://localhost:3000/learner/requests/abc?x=1&y=2" },
  });

  it("keeps a subject on one line (no header injection)", () => {
    expect(email.subject).toBe("Votre demande Bcc: intrus@exemple.fr");
  });

  it("keeps the text version as typed", () => {
    expect(email.text).toContain('Texte <script>alert("x")</script> & "guillemets"');
    expect(email.text).toContain("Voir la demande: http://localhost:3000/learner/requests/abc?x=1&y=2");
    expect(email.text).toContain("Merci de ne pas y répondre directement");
  });

  it("escapes everything in the HTML version", () => {
    expect(email.html).not.toContain("<script>");
    expect(email.html).toContain("Texte &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;guillemets&quot;");
    expect(email.html).toContain("Ligne 1<br>Ligne 2");
    expect(email.html).toContain('href="http://localhost:3000/learner/requests/abc?x=1&amp;y=2"');
    expect(email.html).toContain('<html lang="fr">');
  });

  it("uses the recipient's language for the footer", () => {
    expect(renderEmail({ locale: "en", subject: "s", paragraphs: [] }).text).toContain("Please do not reply");
  });
});

describe("escapeHtml", () => {
  it.each([
    ["<a>", "&lt;a&gt;"],
    ["a & b", "a &amp; b"],
    [`'"`, "&#39;&quot;"],
    ["plain", "plain"],
  ])("%s → %s", (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe("appUrl", () => {
  it("joins the configured base and a path", () => {
    const before = process.env.APP_URL;
    process.env.APP_URL = "https://portail.exemple.fr/";
    expect(appUrl("/learner")).toBe("https://portail.exemple.fr/learner");
    expect(appUrl("learner")).toBe("https://portail.exemple.fr/learner");
    if (before === undefined) delete process.env.APP_URL;
    else process.env.APP_URL = before;
  });
});

describe("emails through next-intl", () => {
  const appointment = {
    kind: "FIRST" as const,
    icsUid: "uid-1",
    icsSequence: 0,
    startsAt: new Date("2026-12-01T09:00:00Z"),
    durationMinutes: 30,
    learner: { firstName: "Léa", lastName: "Petit", email: "lea@exemple.fr", locale: "fr" as const },
    advisor: { firstName: "Camille", lastName: "Martin", email: "camille@exemple.fr", phone: null },
  };

  it("dates an appointment as people read it, in Paris time and the learner's language", () => {
    const fr = appointmentEmail(appointment, "invite");
    expect(fr.subject).toBe("Votre premier rendez-vous téléphonique du mardi 1er décembre à 10:00");
    expect(fr.text).toContain("Bonjour Léa,");
    const en = appointmentEmail({ ...appointment, learner: { ...appointment.learner, locale: "en" } }, "reminder");
    expect(en.subject).toBe("Reminder: your first appointment by phone on Tuesday 1 December at 10:00");
  });

  it("tells the number the advisor will call, in the email and the invite's DESCRIPTION", () => {
    const withPhones = {
      ...appointment,
      learner: { ...appointment.learner, phone: "+33639980001" },
      advisor: { ...appointment.advisor, phone: "+442079460958" },
    };
    const fr = appointmentEmail(withPhones, "invite");
    expect(fr.text).toContain("Camille Martin vous appellera au 06 39 98 00 01. En cas d'empêchement, prévenez au +44 20 7946 0958.");
    expect(fr.icsContent?.replace(/\r\n /g, "")).toContain("DESCRIPTION:Camille Martin vous appellera au 06 39 98 00 01");
    const en = appointmentEmail({ ...withPhones, learner: { ...withPhones.learner, locale: "en", phone: "+12025550143" } }, "update");
    expect(en.text).toContain("Camille Martin will call you on +1 202 555 0143.");
    expect(appointmentEmail(appointment, "invite").text).toContain("Camille Martin vous appellera. En cas d'empêchement, prévenez au camille@exemple.fr.");
  });

  it("keeps a request number as typed and a subject with braces as is", () => {
    const to = { email: "lea@exemple.fr", firstName: "Léa", locale: "fr" as const };
    const email = requestConfirmationEmail(to, { id: "r1", number: 12345, subject: "Question {urgent}", topic: "OTHER", priority: "NORMAL" }, true);
    expect(email.subject).toBe("Demande n° 12345 bien reçue : Question {urgent}");
    expect(email.text).toContain("votre conseiller·ère");
  });
});
