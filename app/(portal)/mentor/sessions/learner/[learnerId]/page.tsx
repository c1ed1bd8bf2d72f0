import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireRole, orNotFound } from "@/lib/server/auth/session";
import { getLearnerSessionLog } from "@/lib/server/data/sessions";
import { listAccommodationsToApply } from "@/lib/server/data/accommodation-plans";
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
  const [t, sc, log, accommodations] = await Promise.all([
    getTranslations("sessions"),
    getTranslations("specialCategory"),
    orNotFound(getLearnerSessionLog(actor, learnerId, after)),
    orNotFound(listAccommodationsToApply(actor, learnerId)),
  ]);
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
      {/* Only the accommodations to apply, as the referent wrote them: never the diagnosis. */}
      <section aria-labelledby="accommodations-to-apply" className="mb-8 rounded border-2 border-slate-700 p-4">
        <h2 id="accommodations-to-apply" className="text-lg font-semibold">
          {sc("toApply.title")}
        </h2>
        {accommodations.length === 0 ? (
          <p>{sc("toApply.none")}</p>
        ) : (
          <>
            <p className="mb-2 text-slate-700">{sc("toApply.intro")}</p>
            <ul className="list-disc pl-6">
              {accommodations.map((a, i) => (
                <li key={i}>
                  {sc(`audiences.${a.audience}`)} : {a.text}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
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
