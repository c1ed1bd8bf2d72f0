import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { dates } from "@/lib/i18n/dates";
import type { AppLocale } from "@/lib/i18n";
import { PageHeading } from "@/components/ui/page-heading";
import type { getLearnerFile } from "@/lib/server/data/learner-file";
import { BreaksSection, CasesSection, ContactSection, MilestonesSection, RequestsSection, SensitiveSection, SessionsSection, StakeholdersSection, type DecideBreakSlot } from "./file-sections";
import { Timeline } from "./timeline";
import { RiskSection } from "./risk-section";
import type { RiskLevel, RiskReason } from "@/lib/domain/risk";

/** The learner file, for the advisor (who acts on it) and for Support and the Mentorship Manager (read only). */
export async function LearnerFileView({
  id,
  file,
  back,
  decideBreak,
  risk,
}: {
  id: string;
  file: Awaited<ReturnType<typeof getLearnerFile>>;
  back?: { href: string; label: string };
  decideBreak?: DecideBreakSlot;
  /** The advisor's view only: the dashboard's risk level and reasons. */
  risk?: { level: RiskLevel; reasons: RiskReason[]; onBreak: boolean };
}) {
  const [t, locale] = await Promise.all([getTranslations("learnerFile"), getLocale()]);
  const d = dates(locale as AppLocale);
  const { profile } = file;
  return (
    <>
      <p className="mb-2">
        <Link href={back?.href ?? "/advisor"}>{back?.label ?? t("back")}</Link>
      </p>
      <PageHeading
        title={`${profile.user.firstName} ${profile.user.lastName}`}
        intro={`${profile.trainingPath.name} · ${t("period", { start: d.day(profile.startDate), end: d.day(profile.plannedEndDate) })}`}
      />
      {file.canEdit ? (
        <p className="mb-6 flex flex-wrap gap-4">
          <Link href={`/advisor/learners/${id}/cases/new`} className="font-semibold">
            {t("openCase")}
          </Link>
          <Link href={`/advisor/learners/${id}/stakeholders`} className="font-semibold">
            {t("manageStakeholders")}
          </Link>
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        {risk ? <RiskSection risk={risk} /> : null}
        <ContactSection file={file} />
        {file.sensitive ? <SensitiveSection sensitive={file.sensitive} rqthWithReferent={file.rqthWithReferent} /> : null}
        <MilestonesSection file={file} d={d} />
        <BreaksSection file={file} d={d} decideBreak={decideBreak} />
        <CasesSection file={file} d={d} />
        <RequestsSection file={file} d={d} />
        <SessionsSection file={file} d={d} />
        <StakeholdersSection file={file} />
      </div>
      <Timeline learnerId={id} entries={file.timeline} linkCases={file.canEdit} d={d} />
    </>
  );
}
