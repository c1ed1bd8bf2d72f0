import type { Metadata } from "next";
import Link from "next/link";
import { requireRole, orNotFound } from "@/lib/server/auth/session";
import { getLearnerSessionLog } from "@/lib/server/data/sessions";
import { getMessages } from "@/lib/i18n/server";
import { format } from "@/lib/i18n";
import { PageHeading } from "@/components/ui/page-heading";
import { afterParam } from "@/components/ui/search-params";
import { SessionLog } from "@/components/session-log";

type Props = { params: Promise<{ learnerId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.sessions.mentorHome.historyFor };
}

export default async function MentorLearnerSessions({ params, searchParams }: Props) {
  const actor = await requireRole(["MENTOR"]);
  const [{ learnerId }, after] = await Promise.all([params, afterParam(searchParams)]);
  const [{ locale, m }, log] = await Promise.all([getMessages(), orNotFound(getLearnerSessionLog(actor, learnerId, after))]);
  const name = `${log.learner.firstName} ${log.learner.lastName}`;
  return (
    <>
      <PageHeading title={format(m.sessions.log.title, { name })} intro={format(m.sessions.log.commitment, { count: log.learner.weeklyCommitment })} />
      <p className="mb-6 flex flex-wrap gap-6">
        <Link href="/mentor">{m.sessions.log.backToLearners}</Link>
        <Link href={`/mentor/sessions/new?learner=${log.learner.id}`}>
          {m.sessions.mentorHome.planFor}
          <span className="sr-only"> {format(m.sessions.mentorHome.about, { name })}</span>
        </Link>
      </p>
      <SessionLog
        weeks={log.weeks}
        sessions={log.items}
        basePath={`/mentor/sessions/learner/${log.learner.id}`}
        after={after}
        nextCursor={log.nextCursor}
        editableBy={actor.id}
        locale={locale}
        m={m}
      />
    </>
  );
}
