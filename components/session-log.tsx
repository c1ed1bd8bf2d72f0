import Link from "next/link";
import type { CancelledBy, SessionKind, SessionStatus } from "@prisma/client";
import type { WeekCommitment } from "@/lib/domain/commitment";
import { getLocale, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n";
import { dates } from "@/lib/i18n/dates";
import { Table, Tbody, Td, Th, Thead, Tr } from "@/components/ui/table";
import { Pagination } from "@/components/ui/pagination";
import { CommitmentStatusTag, getSessionStatusText } from "./commitment-status";

type LogSession = {
  id: string;
  scheduledAt: Date;
  durationMinutes: number;
  kind: SessionKind;
  status: SessionStatus;
  cancelledBy: CancelledBy | null;
  learnerNote: string | null;
  privateNote: string | null;
  mentorId: string;
  mentor: { firstName: string; lastName: string };
};

/**
 * A learner's commitment over the last weeks and their sessions with both notes: for their
 * mentor and their advisor only (never rendered for a learner). `editableBy` links the
 * sessions that mentor holds to their edit page.
 */
export async function SessionLog({
  weeks,
  sessions,
  basePath,
  after,
  nextCursor,
  editableBy,
}: {
  weeks: WeekCommitment[];
  sessions: LogSession[];
  basePath: string;
  after?: string;
  nextCursor: string | null;
  editableBy?: string;
}) {
  const [t, locale, statusText] = await Promise.all([getTranslations(), getLocale(), getSessionStatusText()]);
  const d = dates(locale as AppLocale);
  return (
    <>
      {/* Each table's hidden caption repeats its heading: it names the table and its scroll region. */}
      <section className="mb-8">
        <h2 className="mb-3 text-lg font-semibold">
          {t("sessions.log.weeksTitle")}
        </h2>
        <Table caption={t("sessions.log.weeksTitle")} captionHidden>
          <Thead>
            <Tr>
              <Th>{t("sessions.log.week")}</Th>
              <Th>{t("sessions.log.status")}</Th>
              <Th>{t("sessions.log.held")}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {weeks.map((week) => (
              <Tr key={week.isoWeek}>
                <Th scope="row">{t("sessions.weekOf", { date: d.day(week.monday) })}</Th>
                <Td>
                  <CommitmentStatusTag status={week.status} />
                </Td>
                <Td>{t("sessions.heldOf", { held: week.held + week.excused, required: week.required })}</Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      </section>
      <section>
        <h2 className="mb-3 text-lg font-semibold">
          {t("sessions.log.sessionsTitle")}
        </h2>
        {sessions.length === 0 ? (
          <p className="text-slate-700">{t("sessions.log.none")}</p>
        ) : (
          <Table caption={t("sessions.log.sessionsTitle")} captionHidden>
            <Thead>
              <Tr>
                <Th>{t("sessions.log.when")}</Th>
                <Th>{t("sessions.log.session")}</Th>
                <Th>{t("sessions.log.notes")}</Th>
              </Tr>
            </Thead>
            <Tbody>
              {sessions.map((s) => (
                <Tr key={s.id}>
                  <Th scope="row">{editableBy === s.mentorId ? <Link href={`/mentor/sessions/${s.id}`}>{d.instant(s.scheduledAt)}</Link> : d.instant(s.scheduledAt)}</Th>
                  <Td>
                    {t(`sessionKind.${s.kind}`)} · {t("sessions.duration", { count: s.durationMinutes })}
                    <br />
                    {statusText(s)}
                    <br />
                    <span className="text-slate-700">{t("sessions.log.mentor", { name: `${s.mentor.firstName} ${s.mentor.lastName}` })}</span>
                  </Td>
                  <Td>
                    {s.learnerNote ? (
                      <p>
                        <span className="font-medium">{t("common.labelled", { label: t("sessions.log.learnerNote") })} </span>
                        {s.learnerNote}
                      </p>
                    ) : null}
                    {s.privateNote ? (
                      <p>
                        <span className="font-medium">{t("common.labelled", { label: t("sessions.log.privateNote") })} </span>
                        {s.privateNote}
                      </p>
                    ) : null}
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
        {/* The shared pagination still reads the legacy catalogue. */}
        <Pagination basePath={basePath} after={after} nextCursor={nextCursor} />
      </section>
    </>
  );
}
