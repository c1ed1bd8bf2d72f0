import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole, orNotFound } from "@/lib/server/auth/session";
import { getMentorSession, type SessionSnapshot } from "@/lib/server/data/sessions";
import type { AppLocale } from "@/lib/i18n";
import { dates, type Dates } from "@/lib/i18n/dates";
import { isoWeekKey, schoolDateTime } from "@/lib/domain/week";
import { PageHeading } from "@/components/ui/page-heading";
import { Banner } from "@/components/ui/banner";
import { ClientMessages } from "@/components/intl/client-messages";
import { getSessionStatusText } from "@/components/commitment-status";
import { RecordSessionForm } from "./record-form";

type Params = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("sessions.session");
  return { title: t("outcome") };
}

export default async function SessionPage({ params, searchParams }: Params) {
  const actor = await requireRole(["MENTOR"]);
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const [t, locale, session] = await Promise.all([getTranslations("sessions"), getLocale(), orNotFound(getMentorSession(actor, id))]);
  const d = dates(locale as AppLocale);
  const name = `${session.learner.user.firstName} ${session.learner.user.lastName}`;
  const when = schoolDateTime(session.scheduledAt);
  const done = query.done;
  return (
    <>
      <PageHeading title={t("session.title", { date: d.instant(session.scheduledAt) })} intro={t("session.with", { name })} />
      {done === "planned" || done === "saved" || done === "logged" ? (
        <Banner tone="success">{done === "planned" ? t("session.planned") : done === "logged" ? t("logPast.logged") : t("session.saved")}</Banner>
      ) : null}
      {done === "conflict" ? <Banner tone="error">{t("errors.conflict")}</Banner> : null}
      <p className="mb-6 flex flex-wrap gap-6">
        <Link href={`/mentor/week?week=${isoWeekKey(session.scheduledAt)}`}>{t("session.back")}</Link>
        <Link href={`/mentor/sessions/learner/${session.learner.userId}`}>{t("session.learnerHistory", { name })}</Link>
      </p>

      <section aria-labelledby="outcome-title" className="mb-10">
        <h2 id="outcome-title" className="mb-3 text-lg font-semibold">
          {t("session.outcome")}
        </h2>
        {/* Keyed by version: after a save or a conflict the form starts from the latest state. */}
        <ClientMessages namespaces={["sessions", "sessionKind", "sessionStatus"]}>
          <RecordSessionForm
            key={session.version}
            defaults={{
              id: session.id,
              version: String(session.version),
              kind: session.kind,
              date: when.date,
              time: when.time,
              durationMinutes: String(session.durationMinutes),
              status: session.status,
              cancelledBy: session.cancelledBy ?? "",
              learnerNote: session.learnerNote ?? "",
              privateNote: session.privateNote ?? "",
            }}
          />
        </ClientMessages>
      </section>

      <section aria-labelledby="history-title">
        <h2 id="history-title" className="mb-3 text-lg font-semibold">
          {t("session.history")}
        </h2>
        {session.revisions.length === 0 ? (
          <p className="text-slate-700">{t("session.noHistory")}</p>
        ) : (
          <ol className="space-y-3">
            {session.revisions.map((revision) => (
              <li key={revision.id} className="rounded border border-slate-300 bg-white p-3">
                <p>
                  {t("session.revision", {
                    date: d.instant(revision.createdAt),
                    name: `${revision.editedBy.firstName} ${revision.editedBy.lastName}`,
                  })}
                </p>
                <Snapshot before={revision.before} d={d} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

async function Snapshot({ before, d }: { before: SessionSnapshot; d: Dates }) {
  const [t, statusText] = await Promise.all([getTranslations(), getSessionStatusText()]);
  const rows: [string, string][] = [
    [t("sessions.log.when"), `${d.instant(new Date(before.scheduledAt))} (${t("sessions.duration", { count: before.durationMinutes })})`],
    [t("sessions.plan.kind"), t(`sessionKind.${before.kind}`)],
    [t("sessions.session.status"), statusText(before)],
    [t("sessions.session.learnerNote"), before.learnerNote || t("sessions.session.empty")],
    [t("sessions.session.privateNote"), before.privateNote || t("sessions.session.empty")],
  ];
  return (
    <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium">{label}</dt>
          <dd className="whitespace-pre-line">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
