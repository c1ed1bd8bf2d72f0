import "server-only";
import type { Actor } from "@/lib/server/auth/actor";
import { messagesFor, type AppLocale } from "@/lib/i18n";
import { getAttendance, getLearnerDossier } from "@/lib/server/data/dossier";
import { renderPdf } from "@/lib/server/pdf/document";
import type { Period } from "@/lib/domain/reports/period";
import { fileIntl } from "./report-intl";

const person = (p: { firstName: string; lastName: string } | null) => (p ? `${p.firstName} ${p.lastName}` : "—");

/** The learner's dossier as a PDF, in the reader's language. */
export async function learnerDossierPdf(actor: Actor, learnerId: string, at: Date, locale: AppLocale) {
  const dossier = await getLearnerDossier(actor, learnerId, at);
  const { t, d } = fileIntl(locale);
  const m = messagesFor(locale);
  const { learner } = dossier;
  const col = m.reports.dossier.columns;
  const duration = (minutes: number) => t("reports.dossier.minutes", { count: minutes });
  const requestRows = dossier.requests.flatMap((r) => [
    [d.instant(r.createdAt), `n° ${r.number} — ${r.topic ? m.topics[r.topic] : m.reports.groups.CONFIDENTIAL}`, m.requestStatus[r.status], r.subject ?? t("reports.dossier.confidential")],
    ...r.events.map((e) => [d.instant(e.createdAt), `n° ${r.number}`, "", `${t("reports.dossier.reply", { date: d.instant(e.createdAt) })} (${e.actor ? m.roles[e.actor.role] : "—"})`]),
  ]);
  const bytes = await renderPdf({
    school: m.reports.school,
    title: m.reports.dossier.title,
    lang: locale === "fr" ? "fr-FR" : "en-GB",
    createdAt: at,
    lines: [
      `${m.reports.dossier.learner} : ${person(learner.user)}`,
      `${m.reports.dossier.path} : ${learner.trainingPath.name} (${learner.trainingPath.code})`,
      t("reports.dossier.dates", { start: d.day(learner.startDate), end: d.day(learner.plannedEndDate) }),
      t("reports.dossier.advisor", { name: person(learner.advisor) }),
      t("reports.dossier.mentor", { name: person(learner.mentor) }),
      t("reports.dossier.generatedAt", { date: d.instant(at) }),
    ],
    sections: [
      {
        heading: m.reports.dossier.requests,
        empty: m.reports.dossier.none,
        table: { columns: [{ header: col.date, width: 2 }, { header: col.kind, width: 3 }, { header: col.status, width: 1.5 }, { header: col.detail, width: 4 }], rows: requestRows },
      },
      {
        heading: m.reports.dossier.sessions,
        empty: m.reports.dossier.none,
        table: {
          columns: [{ header: col.date, width: 2 }, { header: col.kind, width: 2 }, { header: col.status, width: 1.5 }, { header: col.duration, width: 1 }, { header: col.detail, width: 2 }],
          rows: dossier.sessions.map((s) => [d.instant(s.scheduledAt), m.sessionKind[s.kind], m.sessionStatus[s.status], duration(s.durationMinutes), person(s.mentor)]),
        },
      },
      {
        heading: m.reports.dossier.calls,
        empty: m.reports.dossier.none,
        table: {
          columns: [{ header: col.date, width: 2 }, { header: col.kind, width: 2 }, { header: col.status, width: 1.5 }, { header: col.duration, width: 1 }],
          rows: dossier.appointments.map((a) => [d.instant(a.startsAt), m.cases.kind[a.kind], m.cases.apptStatus[a.status], duration(a.durationMinutes)]),
        },
      },
      {
        heading: m.reports.dossier.exchanges,
        empty: m.reports.dossier.none,
        table: {
          columns: [{ header: col.date, width: 2 }, { header: col.kind, width: 2 }, { header: col.detail, width: 3 }],
          rows: dossier.exchanges.map((e) => [d.instant(e.occurredAt), m.stakeholders.channel[e.channel], `${e.stakeholder.organisation} (${m.stakeholders.kind[e.stakeholder.kind]})`]),
        },
      },
    ],
  });
  return { bytes, filename: `${m.reports.dossier.filename}-${learner.user.lastName}-${learner.user.firstName}.pdf` };
}

/** The attendance attestation of a learner for a month, as a PDF. */
export async function attendancePdf(actor: Actor, learnerId: string, month: Period, at: Date, locale: AppLocale) {
  const { learner, sessions } = await getAttendance(actor, learnerId, month);
  const { t, d } = fileIntl(locale);
  const m = messagesFor(locale);
  const col = m.reports.dossier.columns;
  const monthName = new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { month: "long", year: "numeric", timeZone: "Europe/Paris" }).format(month.start);
  const minutes = sessions.reduce((sum, s) => sum + s.durationMinutes, 0);
  const bytes = await renderPdf({
    school: m.reports.school,
    title: m.reports.attendance.title,
    lang: locale === "fr" ? "fr-FR" : "en-GB",
    createdAt: at,
    lines: [t("reports.attendance.month", { month: monthName })],
    sections: [
      {
        heading: person(learner.user),
        paragraphs: [t("reports.attendance.statement", { school: m.reports.school, name: person(learner.user), path: learner.trainingPath.name, month: monthName })],
        empty: m.reports.attendance.none,
        table: {
          columns: [{ header: col.date, width: 2 }, { header: col.kind, width: 2 }, { header: col.duration, width: 1 }],
          rows: sessions.map((s) => [d.instant(s.scheduledAt), m.sessionKind[s.kind], t("reports.dossier.minutes", { count: s.durationMinutes })]),
        },
      },
    ],
    closing: [t("reports.attendance.total", { count: sessions.length, minutes }), t("reports.attendance.signed", { date: d.instant(at, "day") }), m.reports.school],
  });
  return { bytes, filename: `${m.reports.attendance.filename}-${month.key}-${learner.user.lastName}-${learner.user.firstName}.pdf` };
}
