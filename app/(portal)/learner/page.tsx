import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole, orNotFound } from "@/lib/server/auth/session";
import { getLearnerHome } from "@/lib/server/data/learner-home";
import type { AppLocale } from "@/lib/i18n";
import { dates } from "@/lib/i18n/dates";
import { PageHeading } from "@/components/ui/page-heading";
import { SessionList } from "@/components/session-list";
import { ContactCard } from "@/components/contact-card";
import { CommitmentSection } from "./commitment-section";
import { UpcomingAppointments } from "./upcoming-appointments";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("learner");
  return { title: t("title") };
}

export default async function LearnerHome() {
  const actor = await requireRole(["LEARNER"]);
  const [t, common, locale, home] = await Promise.all([getTranslations("learner"), getTranslations("common"), getLocale(), orNotFound(getLearnerHome(actor))]);
  const d = dates(locale as AppLocale);
  return (
    <>
      <PageHeading title={t("title")} intro={t("welcome", { name: actor.firstName })} />
      <section aria-labelledby="path-title" className="mb-8 rounded border border-slate-300 bg-white p-4">
        <h2 id="path-title" className="text-lg font-semibold">
          {common("labelled", { label: t("path") })} {home.trainingPath.name}
        </h2>
        <p>{t("period", { start: d.day(home.startDate), end: d.day(home.plannedEndDate) })}</p>
        <p>{t("commitment", { count: home.weeklyCommitment })}</p>
      </section>
      <section aria-labelledby="contacts-title" className="mb-8">
        <h2 id="contacts-title" className="mb-3 text-lg font-semibold">
          {t("contacts")}
        </h2>
        <div className="grid gap-4 md:grid-cols-2">
          <ContactCard title={t("advisor")} person={home.advisor} empty={t("noAdvisor")} />
          <ContactCard title={t("mentor")} person={home.mentor} empty={t("noMentor")} />
        </div>
      </section>
      <CommitmentSection actor={actor} />
      <UpcomingAppointments actor={actor} />
      <section aria-labelledby="upcoming-title" className="mb-8">
        <h2 id="upcoming-title" className="mb-3 text-lg font-semibold">
          {t("upcoming")}
        </h2>
        <SessionList sessions={home.upcoming} empty={t("noUpcoming")} />
      </section>
      <section aria-labelledby="recent-title">
        <h2 id="recent-title" className="mb-3 text-lg font-semibold">
          {t("recent")}
        </h2>
        <SessionList sessions={home.recent} empty={t("noRecent")} />
      </section>
    </>
  );
}
