import type { Metadata } from "next";
import Link from "next/link";
import { requireRole, orNotFound } from "@/lib/server/auth/session";
import { getLearnerFile } from "@/lib/server/data/learner-file";
import { getMessages } from "@/lib/i18n/server";
import { format } from "@/lib/i18n";
import { formatDay } from "@/lib/i18n/dates";
import { PageHeading } from "@/components/ui/page-heading";
import { BreaksSection, CasesSection, ContactSection, MilestonesSection, RequestsSection, SensitiveSection, SessionsSection, StakeholdersSection } from "./file-sections";
import { Timeline } from "./timeline";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.advisor.learner };
}

export default async function LearnerFilePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole(["ADVISOR"]);
  const { id } = await params;
  const [{ locale, m }, file] = await Promise.all([getMessages(), orNotFound(getLearnerFile(actor, id))]);
  const t = m.learnerFile;
  const { profile } = file;
  return (
    <>
      <p className="mb-2">
        <Link href="/advisor">{t.back}</Link>
      </p>
      <PageHeading
        title={`${profile.user.firstName} ${profile.user.lastName}`}
        intro={`${profile.trainingPath.name} · ${format(t.period, { start: formatDay(profile.startDate, locale), end: formatDay(profile.plannedEndDate, locale) })}`}
      />
      {file.canEdit ? (
        <p className="mb-6 flex flex-wrap gap-4">
          <Link href={`/advisor/learners/${id}/cases/new`} className="font-semibold">
            {t.openCase}
          </Link>
          <Link href={`/advisor/learners/${id}/stakeholders`} className="font-semibold">
            {t.manageStakeholders}
          </Link>
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <ContactSection file={file} m={m} />
        {file.sensitive ? <SensitiveSection sensitive={file.sensitive} m={m} /> : null}
        <MilestonesSection file={file} locale={locale} m={m} />
        <BreaksSection file={file} locale={locale} m={m} />
        <CasesSection file={file} locale={locale} m={m} />
        <RequestsSection file={file} locale={locale} m={m} />
        <SessionsSection file={file} locale={locale} m={m} />
        <StakeholdersSection file={file} m={m} />
      </div>
      <Timeline learnerId={id} entries={file.timeline} locale={locale} m={m} />
    </>
  );
}
