import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";
import { listMentorLearners } from "@/lib/server/data/mentor-learners";
import { listSessionsToRecord } from "@/lib/server/data/sessions";
import type { AppLocale } from "@/lib/i18n";
import { dates } from "@/lib/i18n/dates";
import { PageHeading } from "@/components/ui/page-heading";
import { ButtonLink } from "@/components/ui/button-link";
import { Table, Tbody, Td, Th, Thead, Tr } from "@/components/ui/table";
import { SessionCell } from "@/components/session-cell";
import { CommitmentStatusTag } from "@/components/commitment-status";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("mentor");
  return { title: t("title") };
}

export default async function MentorHome() {
  const actor = await requireRole(["MENTOR"]);
  const now = new Date();
  const [t, home, locale, learners, toRecord] = await Promise.all([
    getTranslations(),
    getTranslations("sessions.mentorHome"),
    getLocale(),
    listMentorLearners(actor, now),
    listSessionsToRecord(actor, now),
  ]);
  const d = dates(locale as AppLocale);
  return (
    <>
      <PageHeading title={t("mentor.title")} intro={home("intro")} />
      <p className="mb-8 flex flex-wrap items-center gap-6">
        <ButtonLink href="/mentor/sessions/new">{home("plan")}</ButtonLink>
        <Link href="/mentor/week">{home("week")}</Link>
      </p>

      {toRecord.total > 0 ? (
        <section aria-labelledby="to-record-title" className="mb-8 rounded border-2 border-amber-700 bg-white p-4">
          <h2 id="to-record-title" className="text-lg font-semibold">
            {home("toRecordTitle")}
          </h2>
          <p className="text-slate-700">
            {home("toRecordIntro")} {home("toRecordCount", { count: toRecord.total })}
            {toRecord.total > toRecord.items.length ? ` ${home("toRecordMore", { shown: toRecord.items.length })}` : null}
          </p>
          <ul className="mt-2 space-y-1">
            {toRecord.items.map((s) => {
              const name = `${s.learner.user.firstName} ${s.learner.user.lastName}`;
              const when = d.instant(s.scheduledAt);
              return (
                <li key={s.id}>
                  {when} — {t(`sessionKind.${s.kind}`)} — {name} —{" "}
                  <Link href={`/mentor/sessions/${s.id}`}>
                    {home("record")}
                    <span className="sr-only">
                      {" "}
                      : {t("sessions.session.with", { name })}, {when}
                    </span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      {learners.length === 0 ? (
        <p>{t("mentor.none")}</p>
      ) : (
        <Table caption={t("mentor.count", { count: learners.length })}>
          <Thead>
            <Tr>
              <Th>{t("mentor.learner")}</Th>
              <Th>{t("mentor.path")}</Th>
              <Th>{t("mentor.lastSession")}</Th>
              <Th>{t("mentor.nextSession")}</Th>
              <Th>{home("commitment")}</Th>
              <Th>{home("actions")}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {learners.map((learner) => {
              const name = `${learner.firstName} ${learner.lastName}`;
              const [thisWeek, lastWeek] = learner.weeks;
              const about = <span className="sr-only"> {home("about", { name })}</span>;
              return (
                <Tr key={learner.id}>
                  <Th scope="row">{name}</Th>
                  <Td>{learner.trainingPath}</Td>
                  <Td>
                    <SessionCell session={learner.lastSession} />
                  </Td>
                  <Td>
                    <SessionCell session={learner.nextSession} />
                  </Td>
                  <Td>
                    <p>{home("perWeek", { count: learner.weeklyCommitment })}</p>
                    {lastWeek ? (
                      <p>
                        {home("lastWeek")} <CommitmentStatusTag status={lastWeek.status} />
                      </p>
                    ) : null}
                    {thisWeek ? (
                      <p className="text-slate-700">
                        {thisWeek.status === "ON_BREAK" || thisWeek.status === "NOT_STARTED"
                          ? t(`sessions.commitmentStatus.${thisWeek.status}`)
                          : home("thisWeek", { held: thisWeek.held + thisWeek.excused, required: thisWeek.required })}
                      </p>
                    ) : null}
                  </Td>
                  <Td>
                    <ul className="space-y-1">
                      <li>
                        <Link href={`/mentor/sessions/new?learner=${learner.id}`}>
                          {home("planFor")}
                          {about}
                        </Link>
                      </li>
                      <li>
                        <Link href={`/mentor/sessions/learner/${learner.id}`}>
                          {home("historyFor")}
                          {about}
                        </Link>
                      </li>
                      <li>
                        <Link href={`/mentor/alerts/new?learner=${learner.id}`}>
                          {home("alertFor")}
                          {about}
                        </Link>
                      </li>
                    </ul>
                  </Td>
                </Tr>
              );
            })}
          </Tbody>
        </Table>
      )}
    </>
  );
}
