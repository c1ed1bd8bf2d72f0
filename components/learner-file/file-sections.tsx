import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { Dates } from "@/lib/i18n/dates";
import type { getLearnerFile } from "@/lib/server/data/learner-file";
import { weekOfKey } from "./week-label";
import { Badge } from "@/components/ui/badge";
import { getSessionStatusText } from "@/components/commitment-status";
import { PhoneLink } from "@/components/ui/phone-link";

type File = Awaited<ReturnType<typeof getLearnerFile>>;
type Props = { file: File; d: Dates };
/** The advisor's decision form for a requested break (the route supplies it: it posts to the route's action). */
/** `position`: the break's place in the list, so each decision form has its own accessible name. */
export type DecideBreakSlot = (requested: { breakId: string; startDate: string; endDate: string; position: number }) => ReactNode;

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
/** A calendar day as the date input's value (never shown as text). */
const inputDay = (d: Date) => d.toISOString().slice(0, 10);

export async function ContactSection({ file }: { file: File }) {
  const [t, common] = await Promise.all([getTranslations("learnerFile"), getTranslations("common")]);
  const { user, advisor, mentor, weeklyCommitment } = file.profile;
  return (
    <Section id="contact" title={t("contact")}>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{common("email")}</dt>
        <dd>
          <a href={`mailto:${user.email}`}>{user.email}</a>
        </dd>
        <dt className="font-semibold">{common("phone")}</dt>
        <dd>{user.phone ? <PhoneLink phone={user.phone} /> : common("none")}</dd>
        <dt className="font-semibold">{t("advisor")}</dt>
        <dd>{name(advisor, common("none"))}</dd>
        <dt className="font-semibold">{t("mentor")}</dt>
        <dd>{name(mentor, common("none"))}</dd>
      </dl>
      <p className="mt-2">{t("commitment", { count: weeklyCommitment })}</p>
    </Section>
  );
}

export async function SensitiveSection({ sensitive, rqthWithReferent }: { sensitive: NonNullable<File["sensitive"]>; rqthWithReferent: boolean }) {
  const [t, common] = await Promise.all([getTranslations("learnerFile"), getTranslations("common")]);
  return (
    <Section id="sensitive" title={t("sensitive")}>
      <p className="mb-2 text-sm text-slate-700">{t("sensitiveHint")}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t("rqth")}</dt>
        {rqthWithReferent ? (
          <dd>{t("rqthWithReferent")}</dd>
        ) : (
          <dd>{sensitive.rqth ? `${t("rqthYes")}${sensitive.rqthDetails ? ` — ${sensitive.rqthDetails}` : ""}` : t("rqthNo")}</dd>
        )}
        {rqthWithReferent ? null : (
          <>
            <dt className="font-semibold">{t("accommodations")}</dt>
            <dd>{sensitive.accommodations ?? common("none")}</dd>
          </>
        )}
        <dt className="font-semibold">{t("healthNotes")}</dt>
        <dd>{sensitive.healthNotes ?? common("none")}</dd>
      </dl>
    </Section>
  );
}

export async function MilestonesSection({ file, d }: Props) {
  const t = await getTranslations("learnerFile");
  return (
    <Section id="milestones" title={t("path")}>
      <ol className="space-y-1">
        {file.profile.milestones.map((ms) => (
          <li key={ms.id}>
            <span className="font-semibold">{ms.label}</span> — {t("planned")} {d.day(ms.plannedDate)} ·{" "}
            {ms.completedAt ? `${t("completed")} ${d.day(ms.completedAt)}` : t("notCompleted")}
          </li>
        ))}
      </ol>
    </Section>
  );
}

export async function BreaksSection({ file, d, decideBreak }: Props & { decideBreak?: DecideBreakSlot }) {
  const t = await getTranslations("learnerFile");
  return (
    <Section id="breaks" title={t("breaks")}>
      {file.breaks.length === 0 ? <p>{t("noBreaks")}</p> : null}
      <ul className="space-y-3">
        {file.breaks.map((b, index) => (
          <li key={b.id}>
            <p>
              <span className="font-semibold">{t(`breakStatus.${b.status}`)}</span> · {t("breakPeriod", { start: d.day(b.startDate), end: d.day(b.endDate) })}
              {"reasonKind" in b && b.reasonKind ? ` · ${t(`breakKind.${b.reasonKind}`)}` : ""}
            </p>
            {"reasonDetails" in b && b.reasonDetails ? <p className="text-sm text-slate-700">{b.reasonDetails}</p> : null}
            {file.canEdit && b.status === "REQUESTED" && decideBreak ? decideBreak({ breakId: b.id, startDate: inputDay(b.startDate), endDate: inputDay(b.endDate), position: index + 1 }) : null}
          </li>
        ))}
      </ul>
    </Section>
  );
}

export async function CasesSection({ file, d }: Props) {
  const [t, cases, reasons] = await Promise.all([getTranslations("learnerFile"), getTranslations("cases"), getTranslations("caseload.reasons")]);
  return (
    <Section id="cases" title={t("cases")}>
      {file.cases.length === 0 ? <p>{t("noCases")}</p> : null}
      <ul className="space-y-2">
        {file.cases.map((c) => (
          <li key={c.id}>
            {file.canEdit ? <Link href={`/advisor/learners/${file.profile.userId}/cases/${c.id}`}>{reasons(c.reason)}</Link> : reasons(c.reason)} ·{" "}
            {t(`caseStatus.${c.status}`)}
            {c.outcome ? ` · ${t(`outcome.${c.outcome}`)}` : ""}
            <ul className="ml-4 list-disc text-sm">
              {c.appointments.map((a) => (
                <li key={a.id}>
                  {cases(`kind.${a.kind}`)} · {d.instant(a.startsAt)} · {cases(`apptStatus.${a.status}`)}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </Section>
  );
}

export async function RequestsSection({ file, d }: Props) {
  const [t, topics, requestStatus] = await Promise.all([getTranslations("learnerFile"), getTranslations("topics"), getTranslations("requestStatus")]);
  return (
    <Section id="requests" title={t("requests")}>
      {file.requests.length === 0 ? <p>{t("noRequests")}</p> : null}
      <ul className="space-y-1">
        {file.requests.map((r) => (
          <li key={r.id}>
            {t("requestNumber", { number: r.number })} · {r.subject} · {topics(r.topic)} · {requestStatus(r.status)} · {d.day(r.createdAt)}
            {file.canEdit && r.status !== "CLOSED" && r.status !== "RESOLVED" ? (
              <>
                {" "}
                · <Link href={`/advisor/learners/${file.profile.userId}/cases/new?request=${r.id}`}>{t("openCase")}</Link>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      {file.signals.length > 0 ? (
        <>
          <h3 className="mt-3 font-semibold">{t("signals")}</h3>
          <ul>
            {file.signals.map((s) => (
              <li key={s.id}>
                {t(`signalKind.${s.kind}`)} · {t("signalWeek", { date: weekOfKey(s.isoWeek, d) })}
                {s.resolvedAt ? ` · ${t("resolved")}` : ""}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Section>
  );
}

export async function SessionsSection({ file, d }: Props) {
  const [t, kind, status, breaks] = await Promise.all([getTranslations("learnerFile"), getTranslations("sessionKind"), getSessionStatusText(), getTranslations("breaks")]);
  return (
    <Section id="sessions" title={t("sessions")}>
      {file.sessions.length === 0 ? <p>{t("noSessions")}</p> : null}
      {file.sessions.some((s) => s.privateNote) ? <p className="mb-2 text-sm">{t("privateNoteHint")}</p> : null}
      <ul className="max-h-72 space-y-1 overflow-y-auto" tabIndex={0} aria-label={t("sessions")}>
        {file.sessions.map((s) => (
          <li key={s.id}>
            {d.instant(s.scheduledAt)} · {kind(s.kind)} · {status(s)} · {s.mentor.firstName} {s.mentor.lastName}
            {s.defenceDuringBreak ? (
              <Badge tone="warning" className="ml-2">
                {breaks("defenceDuringBreak")}
              </Badge>
            ) : null}
            {s.privateNote ? (
              <p className="ml-4 text-sm">
                <span className="font-semibold">{t("privateNote")}</span> {s.privateNote}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </Section>
  );
}

export async function StakeholdersSection({ file }: { file: File }) {
  const [t, stakeholders] = await Promise.all([getTranslations("learnerFile"), getTranslations("stakeholders")]);
  return (
    <Section id="stakeholders" title={t("stakeholders")}>
      {file.stakeholders.length === 0 ? <p>{t("noStakeholders")}</p> : null}
      <ul className="space-y-1">
        {file.stakeholders.map((s) => (
          <li key={s.id}>
            <span className="font-semibold">{stakeholders(`kind.${s.kind}`)}</span> · {s.organisation}
            {s.personName ? ` · ${s.personName}` : ""}
          </li>
        ))}
      </ul>
    </Section>
  );
}
