import type { Metadata } from "next";
import Link from "next/link";
import { requireRole, orNotFound } from "@/lib/server/auth/session";
import { getLearnerSessionLog } from "@/lib/server/data/sessions";
import { getMessages } from "@/lib/i18n/server";
import { format } from "@/lib/i18n";
import { PageHeading } from "@/components/ui/page-heading";
import { afterParam } from "@/components/ui/search-params";
import { SessionLog } from "@/components/session-log";
import { WeeklyCommitmentForm } from "@/components/weekly-commitment-form";

type Props = { params: Promise<{ learnerId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.sessions.signals.sessions };
}

/** An advisor reads one of their learners' sessions (both notes) and sets the weekly commitment. */
export default async function AdvisorLearnerSessions({ params, searchParams }: Props) {
  const actor = await requireRole(["ADVISOR"]);
  const [{ learnerId }, after] = await Promise.all([params, afterParam(searchParams)]);
  const [{ m }, log] = await Promise.all([getMessages(), orNotFound(getLearnerSessionLog(actor, learnerId, after))]);
  const name = `${log.learner.firstName} ${log.learner.lastName}`;
  const mentor = log.learner.mentor ? `${log.learner.mentor.firstName} ${log.learner.mentor.lastName}` : m.common.none;
  return (
    <>
      <PageHeading title={format(m.sessions.log.title, { name })} intro={format(m.sessions.log.mentor, { name: mentor })} />
      <p className="mb-6">
        <Link href="/advisor/signals">{m.sessions.log.backToSignals}</Link>
      </p>
      <div className="mb-8 rounded border border-slate-300 bg-white p-4">
        <WeeklyCommitmentForm
          learnerId={log.learner.id}
          learnerName={name}
          value={log.learner.weeklyCommitment}
          m={{ commitmentForm: m.sessions.commitmentForm, errors: m.sessions.errors }}
        />
      </div>
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
