import Link from "next/link";
import type { ReactNode } from "react";
import type { AppLocale, Messages } from "@/lib/i18n";
import { format } from "@/lib/i18n";
import { formatDateTime, formatDay } from "@/lib/i18n/dates";
import type { getLearnerFile } from "@/lib/server/data/learner-file";

type File = Awaited<ReturnType<typeof getLearnerFile>>;
type Props = { file: File; locale: AppLocale; m: Messages };
/** The advisor's decision form for a requested break (the route supplies it: it posts to the route's action). */
export type DecideBreakSlot = (requested: { learnerId: string; breakId: string; startDate: string; endDate: string }) => ReactNode;

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="rounded border border-slate-300 bg-white p-4">
      <h2 id={`${id}-title`} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

const name = (p: { firstName: string; lastName: string } | null, none: string) => (p ? `${p.firstName} ${p.lastName}` : none);
const day = (d: Date) => d.toISOString().slice(0, 10);

export function ContactSection({ file, m }: { file: File; m: Messages }) {
  const t = m.learnerFile;
  const { user, advisor, mentor, weeklyCommitment } = file.profile;
  return (
    <Section id="contact" title={t.contact}>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{m.common.email}</dt>
        <dd>
          <a href={`mailto:${user.email}`}>{user.email}</a>
        </dd>
        <dt className="font-semibold">{m.common.phone}</dt>
        <dd>{user.phone ? <a href={`tel:${user.phone.replace(/\s/g, "")}`}>{user.phone}</a> : m.common.none}</dd>
        <dt className="font-semibold">{t.advisor}</dt>
        <dd>{name(advisor, m.common.none)}</dd>
        <dt className="font-semibold">{t.mentor}</dt>
        <dd>{name(mentor, m.common.none)}</dd>
      </dl>
      <p className="mt-2">{format(t.commitment, { count: weeklyCommitment })}</p>
    </Section>
  );
}

export function SensitiveSection({ sensitive, m }: { sensitive: NonNullable<File["sensitive"]>; m: Messages }) {
  const t = m.learnerFile;
  return (
    <Section id="sensitive" title={t.sensitive}>
      <p className="mb-2 text-sm text-slate-700">{t.sensitiveHint}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t.rqth}</dt>
        <dd>{sensitive.rqth ? `${t.rqthYes}${sensitive.rqthDetails ? ` — ${sensitive.rqthDetails}` : ""}` : t.rqthNo}</dd>
        <dt className="font-semibold">{t.accommodations}</dt>
        <dd>{sensitive.accommodations ?? m.common.none}</dd>
        <dt className="font-semibold">{t.healthNotes}</dt>
        <dd>{sensitive.healthNotes ?? m.common.none}</dd>
      </dl>
    </Section>
  );
}

export function MilestonesSection({ file, locale, m }: Props) {
  const t = m.learnerFile;
  return (
    <Section id="milestones" title={t.path}>
      <ol className="space-y-1">
        {file.profile.milestones.map((ms) => (
          <li key={ms.id}>
            <span className="font-semibold">{ms.label}</span> — {t.planned} {formatDay(ms.plannedDate, locale)} ·{" "}
            {ms.completedAt ? `${t.completed} ${formatDay(ms.completedAt, locale)}` : t.notCompleted}
          </li>
        ))}
      </ol>
    </Section>
  );
}

export function BreaksSection({ file, locale, m, decideBreak }: Props & { decideBreak?: DecideBreakSlot }) {
  const t = m.learnerFile;
  return (
    <Section id="breaks" title={t.breaks}>
      {file.breaks.length === 0 ? <p>{t.noBreaks}</p> : null}
      <ul className="space-y-3">
        {file.breaks.map((b) => (
          <li key={b.id}>
            <p>
              <span className="font-semibold">{t.breakStatus[b.status]}</span> ·{" "}
              {format(t.breakPeriod, { start: formatDay(b.startDate, locale), end: formatDay(b.endDate, locale) })}
              {"reasonKind" in b && b.reasonKind ? ` · ${t.breakKind[b.reasonKind]}` : ""}
            </p>
            {"reasonDetails" in b && b.reasonDetails ? <p className="text-sm text-slate-700">{b.reasonDetails}</p> : null}
            {file.canEdit && b.status === "REQUESTED" && decideBreak
              ? decideBreak({ learnerId: file.profile.userId, breakId: b.id, startDate: day(b.startDate), endDate: day(b.endDate) })
              : null}
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function CasesSection({ file, locale, m }: Props) {
  const t = m.learnerFile;
  return (
    <Section id="cases" title={t.cases}>
      {file.cases.length === 0 ? <p>{t.noCases}</p> : null}
      <ul className="space-y-2">
        {file.cases.map((c) => (
          <li key={c.id}>
            {file.canEdit ? (
              <Link href={`/advisor/learners/${file.profile.userId}/cases/${c.id}`}>{m.caseload.reasons[c.reason]}</Link>
            ) : (
              m.caseload.reasons[c.reason]
            )}{" "}
            ·{" "}
            {t.caseStatus[c.status]}
            {c.outcome ? ` · ${t.outcome[c.outcome]}` : ""}
            <ul className="ml-4 list-disc text-sm">
              {c.appointments.map((a) => (
                <li key={a.id}>
                  {m.cases.kind[a.kind]} · {formatDateTime(a.startsAt, locale)} · {m.cases.apptStatus[a.status]}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function RequestsSection({ file, locale, m }: Props) {
  const t = m.learnerFile;
  return (
    <Section id="requests" title={t.requests}>
      {file.requests.length === 0 ? <p>{t.noRequests}</p> : null}
      <ul className="space-y-1">
        {file.requests.map((r) => (
          <li key={r.id}>
            {format(t.requestNumber, { number: r.number })} · {r.subject} · {m.topics[r.topic]} · {m.requestStatus[r.status]} ·{" "}
            {formatDay(r.createdAt, locale)}
            {file.canEdit && r.status !== "CLOSED" && r.status !== "RESOLVED" ? (
              <>
                {" "}
                · <Link href={`/advisor/learners/${file.profile.userId}/cases/new?request=${r.id}`}>{t.openCase}</Link>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      {file.signals.length > 0 ? (
        <>
          <h3 className="mt-3 font-semibold">{t.signals}</h3>
          <ul>
            {file.signals.map((s) => (
              <li key={s.id}>
                {t.signalKind[s.kind]} · {format(t.signalWeek, { week: s.isoWeek })}
                {s.resolvedAt ? ` · ${t.resolved}` : ""}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Section>
  );
}

export function SessionsSection({ file, locale, m }: Props) {
  const t = m.learnerFile;
  return (
    <Section id="sessions" title={t.sessions}>
      {file.sessions.length === 0 ? <p>{t.noSessions}</p> : null}
      <ul className="max-h-72 space-y-1 overflow-y-auto" tabIndex={0} aria-label={t.sessions}>
        {file.sessions.map((s) => (
          <li key={s.id}>
            {formatDateTime(s.scheduledAt, locale)} · {m.sessionKind[s.kind]} · {m.sessionStatus[s.status]} · {s.mentor.firstName} {s.mentor.lastName}
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function StakeholdersSection({ file, m }: { file: File; m: Messages }) {
  const t = m.learnerFile;
  return (
    <Section id="stakeholders" title={t.stakeholders}>
      {file.stakeholders.length === 0 ? <p>{t.noStakeholders}</p> : null}
      <ul className="space-y-1">
        {file.stakeholders.map((s) => (
          <li key={s.id}>
            <span className="font-semibold">{m.stakeholders.kind[s.kind]}</span> · {s.organisation}
            {s.personName ? ` · ${s.personName}` : ""}
          </li>
        ))}
      </ul>
    </Section>
  );
}
