import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireRole, orNotFound } from "@/lib/server/auth/session";
import { getLearnerSessionLog } from "@/lib/server/data/sessions";
import { PageHeading } from "@/components/ui/page-heading";
import { afterParam } from "@/components/ui/search-params";
import { SessionLog } from "@/components/session-log";

type Props = { params: Promise<{ learnerId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("sessions.mentorHome");
  return { title: t("historyFor") };
}

export default async function MentorLearnerSessions({ params, searchParams }: Props) {
  const actor = await requireRole(["MENTOR"]);
  const [{ learnerId }, after] = await Promise.all([params, afterParam(searchParams)]);
  const [t, log] = await Promise.all([getTranslations("sessions"), orNotFound(getLearnerSessionLog(actor, learnerId, after))]);
  const name = `${log.learner.firstName} ${log.learner.lastName}`;
  return (
    <>
      <PageHeading title={t("log.title", { name })} intro={t("log.commitment", { count: log.learner.weeklyCommitment })} />
      <p className="mb-6 flex flex-wrap gap-6">
        <Link href="/mentor">{t("log.backToLearners")}</Link>
        <Link href={`/mentor/sessions/new?learner=${log.learner.id}`}>
          {t("mentorHome.planFor")}
          <span className="sr-only"> {t("mentorHome.about", { name })}</span>
        </Link>
      </p>
      <SessionLog
        weeks={log.weeks}
        sessions={log.items}
        basePath={`/mentor/sessions/learner/${log.learner.id}`}
        after={after}
        nextCursor={log.nextCursor}
        editableBy={actor.id}
      />
    </>
  );
}
