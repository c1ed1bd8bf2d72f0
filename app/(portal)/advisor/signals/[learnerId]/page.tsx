import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireRole, orNotFound } from "@/lib/server/auth/session";
import { getLearnerSessionLog } from "@/lib/server/data/sessions";
import { PageHeading } from "@/components/ui/page-heading";
import { afterParam } from "@/components/ui/search-params";
import { SessionLog } from "@/components/session-log";
import { WeeklyCommitmentForm } from "@/components/weekly-commitment-form";
import { ClientMessages } from "@/components/intl/client-messages";
import { commitmentText } from "../commitment-text";

type Props = { params: Promise<{ learnerId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("sessions.signals");
  return { title: t("sessions") };
}

/** An advisor reads one of their learners' sessions (both notes) and sets the weekly commitment. */
export default async function AdvisorLearnerSessions({ params, searchParams }: Props) {
  const actor = await requireRole(["ADVISOR"]);
  const [{ learnerId }, after] = await Promise.all([params, afterParam(searchParams)]);
  const [t, common, commitment, log] = await Promise.all([
    getTranslations("sessions.log"),
    getTranslations("common"),
    commitmentText(),
    orNotFound(getLearnerSessionLog(actor, learnerId, after)),
  ]);
  const name = `${log.learner.firstName} ${log.learner.lastName}`;
  const mentor = log.learner.mentor ? `${log.learner.mentor.firstName} ${log.learner.mentor.lastName}` : common("none");
  return (
    <>
      <PageHeading title={t("title", { name })} intro={t("mentor", { name: mentor })} />
      <p className="mb-6">
        <Link href="/advisor/signals">{t("backToSignals")}</Link>
      </p>
      <div className="mb-8 rounded border border-slate-300 bg-white p-4">
        <ClientMessages namespaces={[]}>
          <WeeklyCommitmentForm learnerId={log.learner.id} value={log.learner.weeklyCommitment} text={commitment(name)} />
        </ClientMessages>
      </div>
      {/* The session log is shared with the mentor's space, which still passes the catalogue. */}
      <SessionLog
        weeks={log.weeks}
        sessions={log.items}
        basePath={`/advisor/signals/${log.learner.id}`}
        after={after}
        nextCursor={log.nextCursor}
      />
    </>
  );
}
