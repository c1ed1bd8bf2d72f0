import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";
import { getManagerOverview } from "@/lib/server/data/manager-overview";
import { dates } from "@/lib/i18n/dates";
import type { AppLocale } from "@/lib/i18n";
import { PageHeading } from "@/components/ui/page-heading";
import { Table, Tbody, Td, Th, Thead, Tr } from "@/components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("managerHome");
  return { title: t("title") };
}

/** The Mentorship Manager's home: backlog and SLA breaches per advisor, alerts per mentor, the mentors and their learners. */
export default async function ManagerHome() {
  const actor = await requireRole(["MENTORSHIP_MANAGER"]);
  const [t, status, locale, overview] = await Promise.all([getTranslations("managerHome"), getTranslations("requestStatus"), getLocale(), getManagerOverview(actor)]);
  const d = dates(locale as AppLocale);
  const inbox = (advisorId: string, overdue = false) => `/support?queue=advisor&advisor=${advisorId}${overdue ? "&overdue=1" : ""}`;
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      {/* Not landmarks: each table is already a region named by its caption. */}

      <section className="mb-8">
        <h2 id="backlog-title" className="mb-2 text-xl font-semibold">
          {t("backlog")}
        </h2>
        {overview.backlog.length === 0 ? (
          <p>{t("noAdvisor")}</p>
        ) : (
          <Table caption={t("backlog")} captionHidden>
            <Thead>
              <Tr>
                <Th>{t("advisor")}</Th>
                <Th>{t("open")}</Th>
                <Th>{t("newCount")}</Th>
                <Th>{t("waiting")}</Th>
                <Th>{t("firstResponseLate")}</Th>
                <Th>{t("resolutionLate")}</Th>
              </Tr>
            </Thead>
            <Tbody>
              {overview.backlog.map((b) => (
                <Tr key={b.id}>
                  <Th scope="row" className="font-medium">
                    {b.name}
                  </Th>
                  <Td>
                    <Link href={inbox(b.id)} aria-label={t("openLink", { count: b.open, name: b.name })}>
                      {b.open}
                    </Link>
                  </Td>
                  <Td>{b.newCount}</Td>
                  <Td>{b.waiting}</Td>
                  <Td>{b.firstResponseLate > 0 ? <Link href={inbox(b.id, true)}>{t("lateLink", { count: b.firstResponseLate })}</Link> : 0}</Td>
                  <Td>{b.resolutionLate > 0 ? <Link href={inbox(b.id, true)}>{t("lateLink", { count: b.resolutionLate })}</Link> : 0}</Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </section>

      <section className="mb-8">
        <h2 id="alerts-title" className="mb-2 text-xl font-semibold">
          {t("alerts")}
        </h2>
        {overview.mentors.length === 0 ? (
          <p>{t("noMentor")}</p>
        ) : (
          <Table caption={t("alerts")} captionHidden>
            <Thead>
              <Tr>
                <Th>{t("mentor")}</Th>
                {overview.weeks.map((w) => (
                  <Th key={w.isoWeek}>
                    <span className="sr-only">{t("weekOf", { date: d.day(w.monday) })}</span>
                    <span aria-hidden="true">{d.day(w.monday, "dayMonth")}</span>
                  </Th>
                ))}
                <Th>{t("total")}</Th>
              </Tr>
            </Thead>
            <Tbody>
              {overview.mentors.map((m) => (
                <Tr key={m.id}>
                  <Th scope="row" className="font-medium">
                    {m.name}
                  </Th>
                  {m.alertsByWeek.map((n, i) => (
                    <Td key={overview.weeks[i].isoWeek}>{n}</Td>
                  ))}
                  <Td className="font-semibold">{m.alertsTotal}</Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </section>

      <section aria-labelledby="mentors-title">
        <h2 id="mentors-title" className="mb-2 text-xl font-semibold">
          {t("mentors")}
        </h2>
        <ul className="grid gap-3 md:grid-cols-2">
          {overview.mentors.map((m) => (
            <li key={m.id} className="rounded border border-slate-300 bg-white p-4">
              <h3 className="font-semibold">
                {m.name} <span className="font-normal text-slate-700">— {t("learnersCount", { count: m.learners.length })}</span>
              </h3>
              {m.learners.length > 0 ? (
                <p className="mt-1 text-sm">
                  {m.learners.map((l, i) => (
                    <span key={l.id}>
                      {i > 0 ? ", " : null}
                      <Link href={`/support/learners/${l.id}`}>{l.name}</Link>
                    </span>
                  ))}
                </p>
              ) : null}
              <h4 className="mt-2 text-sm font-semibold">{t("recentAlerts")}</h4>
              {m.recentAlerts.length === 0 ? (
                <p className="text-sm text-slate-700">{t("noAlert")}</p>
              ) : (
                <ul className="list-disc pl-5 text-sm">
                  {m.recentAlerts.map((a) => (
                    <li key={a.id}>
                      <Link href={`/support/requests/${a.id}`}>
                        {t("alert", { number: a.number, subject: a.subject, learner: a.learnerName, date: d.instant(a.createdAt, "day"), status: status(a.status) })}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
