import Link from "next/link";
import type { AppLocale, Messages } from "@/lib/i18n";
import { format } from "@/lib/i18n";
import { formatDay } from "@/lib/i18n/dates";
import { PageHeading } from "@/components/ui/page-heading";
import type { getLearnerFile } from "@/lib/server/data/learner-file";
import { BreaksSection, CasesSection, ContactSection, MilestonesSection, RequestsSection, SensitiveSection, SessionsSection, StakeholdersSection, type DecideBreakSlot } from "./file-sections";
import { Timeline } from "./timeline";

/** The learner file, for the advisor (who acts on it) and for Support and the Mentorship Manager (read only). */
export function LearnerFileView({
  id,
  file,
  back,
  decideBreak,
  locale,
  m,
}: {
  id: string;
  file: Awaited<ReturnType<typeof getLearnerFile>>;
  back?: { href: string; label: string };
  decideBreak?: DecideBreakSlot;
  locale: AppLocale;
  m: Messages;
}) {
  const t = m.learnerFile;
  const { profile } = file;
  return (
    <>
      <p className="mb-2">
        <Link href={back?.href ?? "/advisor"}>{back?.label ?? t.back}</Link>
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
        <BreaksSection file={file} locale={locale} m={m} decideBreak={decideBreak} />
        <CasesSection file={file} locale={locale} m={m} />
        <RequestsSection file={file} locale={locale} m={m} />
        <SessionsSection file={file} locale={locale} m={m} />
        <StakeholdersSection file={file} m={m} />
      </div>
      <Timeline learnerId={id} entries={file.timeline} linkCases={file.canEdit} locale={locale} m={m} />
    </>
  );
}
