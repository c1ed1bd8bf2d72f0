import type { Metadata } from "next";
import { requireRole, orNotFound } from "@/lib/server/auth/session";
import { getLearnerHome } from "@/lib/server/data/learner-home";
import { getMessages } from "@/lib/i18n/server";
import { format } from "@/lib/i18n";
import { formatDay } from "@/lib/i18n/dates";
import { PageHeading } from "@/components/ui/page-heading";
import { SessionList } from "@/components/session-list";
import { ContactCard } from "@/components/contact-card";
import { CommitmentSection } from "./commitment-section";
import { UpcomingAppointments } from "./upcoming-appointments";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.learner.title };
}

export default async function LearnerHome() {
  const actor = await requireRole(["LEARNER"]);
  const [{ locale, m }, home] = await Promise.all([getMessages(), orNotFound(getLearnerHome(actor))]);
  const t = m.learner;
  return (
    <>
      <PageHeading title={t.title} intro={format(t.welcome, { name: actor.firstName })} />
      <section aria-labelledby="path-title" className="mb-8 rounded border border-slate-300 bg-white p-4">
        <h2 id="path-title" className="text-lg font-semibold">
          {t.path} : {home.trainingPath.name}
        </h2>
        <p>{format(t.period, { start: formatDay(home.startDate, locale), end: formatDay(home.plannedEndDate, locale) })}</p>
        <p>{format(t.commitment, { count: home.weeklyCommitment })}</p>
      </section>
      <section aria-labelledby="contacts-title" className="mb-8">
        <h2 id="contacts-title" className="mb-3 text-lg font-semibold">
          {t.contacts}
        </h2>
        <div className="grid gap-4 md:grid-cols-2">
          <ContactCard title={t.advisor} person={home.advisor} empty={t.noAdvisor} m={m} />
          <ContactCard title={t.mentor} person={home.mentor} empty={t.noMentor} m={m} />
        </div>
      </section>
      <CommitmentSection actor={actor} locale={locale} m={m} />
      <UpcomingAppointments actor={actor} locale={locale} m={m} />
      <section aria-labelledby="upcoming-title" className="mb-8">
        <h2 id="upcoming-title" className="mb-3 text-lg font-semibold">
          {t.upcoming}
        </h2>
        <SessionList sessions={home.upcoming} empty={t.noUpcoming} locale={locale} m={m} />
      </section>
      <section aria-labelledby="recent-title">
        <h2 id="recent-title" className="mb-3 text-lg font-semibold">
          {t.recent}
        </h2>
        <SessionList sessions={home.recent} empty={t.noRecent} locale={locale} m={m} />
      </section>
    </>
  );
}
