import type { Metadata } from "next";
import Link from "next/link";
import { requireRole, orNotFound } from "@/lib/server/auth/session";
import { getMentorSession } from "@/lib/server/data/sessions";
import { getMessages } from "@/lib/i18n/server";
import { format, type AppLocale, type Messages } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/dates";
import { isoWeekKey, schoolDateTime } from "@/lib/domain/week";
import { PageHeading } from "@/components/ui/page-heading";
import { sessionStatusText } from "@/components/commitment-status";
import type { SessionSnapshot } from "@/lib/server/data/sessions";
import { RecordSessionForm } from "./record-form";
import { sessionFormMessages } from "../session-messages";

type Params = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.sessions.session.outcome };
}

export default async function SessionPage({ params, searchParams }: Params) {
  const actor = await requireRole(["MENTOR"]);
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const [{ locale, m }, session] = await Promise.all([getMessages(), orNotFound(getMentorSession(actor, id))]);
  const t = m.sessions.session;
  const name = `${session.learner.user.firstName} ${session.learner.user.lastName}`;
  const when = schoolDateTime(session.scheduledAt);
  const done = query.done;
  return (
    <>
      <PageHeading title={format(t.title, { date: formatDateTime(session.scheduledAt, locale) })} intro={format(t.with, { name })} />
      {done === "planned" || done === "saved" ? (
        <p role="status" className="mb-6 rounded border-2 border-green-800 bg-white p-3 font-semibold">
          {done === "planned" ? t.planned : t.saved}
        </p>
      ) : null}
      {done === "conflict" ? (
        <p role="alert" className="mb-6 rounded border-4 border-red-700 bg-white p-3 font-semibold">
          {m.sessions.errors.conflict}
        </p>
      ) : null}
      <p className="mb-6 flex flex-wrap gap-6">
        <Link href={`/mentor/week?week=${isoWeekKey(session.scheduledAt)}`}>{t.back}</Link>
        <Link href={`/mentor/sessions/learner/${session.learner.userId}`}>{format(t.learnerHistory, { name })}</Link>
      </p>

      <section aria-labelledby="outcome-title" className="mb-10">
        <h2 id="outcome-title" className="mb-3 text-lg font-semibold">
          {t.outcome}
        </h2>
        {/* Keyed by version: after a save or a conflict the form starts from the latest state. */}
        <RecordSessionForm
          key={session.version}
          sessionId={session.id}
          m={sessionFormMessages(m)}
          defaults={{
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
      </section>

      <section aria-labelledby="history-title">
        <h2 id="history-title" className="mb-3 text-lg font-semibold">
          {t.history}
        </h2>
        {session.revisions.length === 0 ? (
          <p className="text-slate-700">{t.noHistory}</p>
        ) : (
          <ol className="space-y-3">
            {session.revisions.map((revision) => (
              <li key={revision.id} className="rounded border border-slate-300 bg-white p-3">
                <p>
                  {format(t.revision, {
                    date: formatDateTime(revision.createdAt, locale),
                    name: `${revision.editedBy.firstName} ${revision.editedBy.lastName}`,
                  })}
                </p>
                <Snapshot before={revision.before} locale={locale} m={m} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

function Snapshot({ before, locale, m }: { before: SessionSnapshot; locale: AppLocale; m: Messages }) {
  const t = m.sessions;
  const status = sessionStatusText(before, m);
  const rows: [string, string][] = [
    [t.log.when, `${formatDateTime(new Date(before.scheduledAt), locale)} (${format(t.duration, { count: before.durationMinutes })})`],
    [t.plan.kind, m.sessionKind[before.kind]],
    [t.session.status, status],
    [t.session.learnerNote, before.learnerNote || t.session.empty],
    [t.session.privateNote, before.privateNote || t.session.empty],
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
