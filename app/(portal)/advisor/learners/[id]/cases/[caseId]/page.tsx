import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole, orNotFound } from "@/lib/server/auth/session";
import { getCase } from "@/lib/server/data/follow-up-cases";
import { getMessages } from "@/lib/i18n/server";
import { format } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/dates";
import { PageHeading } from "@/components/ui/page-heading";
import { Section } from "@/components/learner-file/file-sections";
import { ScheduleForm } from "./schedule-form";
import { RecordForm } from "./record-form";
import { CloseForm } from "./close-form";
import { ChecklistForm } from "./checklist-form";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.learnerFile.cases };
}

export default async function CasePage({ params }: { params: Promise<{ id: string; caseId: string }> }) {
  const actor = await requireRole(["ADVISOR"]);
  const { id, caseId } = await params;
  const [{ locale, m }, found] = await Promise.all([getMessages(), orNotFound(getCase(actor, caseId))]);
  if (found.learnerId !== id) notFound();
  const t = m.cases;
  const learner = found.learner.user;
  const open = found.status === "OPEN";
  const noShowBefore = found.nextKind && found.appointments.some((a) => a.kind === found.nextKind && a.status === "NO_SHOW");
  const checklist = Array.isArray(found.checklist) ? (found.checklist as { key: string; done: boolean }[]) : null;
  return (
    <>
      <p className="mb-2">
        <Link href={`/advisor/learners/${id}`}>
          {learner.firstName} {learner.lastName}
        </Link>
      </p>
      <PageHeading
        title={format(t.title, { reason: m.caseload.reasons[found.reason] })}
        intro={`${format(t.openedOn, { date: formatDateTime(found.openedAt, locale) })} · ${m.learnerFile.caseStatus[found.status]}${
          found.closedAt ? ` · ${format(t.closedOn, { date: formatDateTime(found.closedAt, locale) })}` : ""
        }`}
      />
      {found.sourceRequest ? <p className="mb-4">{format(t.fromRequest, { number: found.sourceRequest.number, subject: found.sourceRequest.subject })}</p> : null}
      <p className="mb-4">
        {m.common.phone} : {learner.phone ? <a href={`tel:${learner.phone.replace(/\s/g, "")}`}>{learner.phone}</a> : m.common.none} · {m.common.email} :{" "}
        <a href={`mailto:${learner.email}`}>{learner.email}</a>
      </p>
      <div className="space-y-6">
        <Section id="blocker" title={t.blocker}>
          <p>{found.blocker ?? t.noBlocker}</p>
          {found.outcome ? (
            <p className="mt-2">
              <span className="font-semibold">{m.learnerFile.outcome[found.outcome]}</span> · {t.nextStep} : {found.nextStep}
            </p>
          ) : null}
        </Section>
        <Section id="appointments" title={t.appointments}>
          {found.appointments.length === 0 ? <p>{t.noAppointments}</p> : null}
          <ul className="space-y-4">
            {found.appointments.map((a) => (
              <li key={a.id}>
                <p>
                  <span className="font-semibold">{t.kind[a.kind]}</span> · {formatDateTime(a.startsAt, locale)} · {format(t.minutes, { count: a.durationMinutes })} ·{" "}
                  {t.apptStatus[a.status]}
                  {a.reminderSentAt ? ` · ${t.reminderSent}` : ""}
                </p>
                {a.notes ? <p className="text-sm text-slate-700">{a.notes}</p> : null}
                {open && a.status === "SCHEDULED" ? <RecordForm learnerId={id} caseId={found.id} appointmentId={a.id} kind={a.kind} m={m} /> : null}
              </li>
            ))}
          </ul>
          {found.nextKind ? (
            <ScheduleForm
              learnerId={id}
              caseId={found.id}
              title={format(noShowBefore ? t.reschedule : t.schedule, { kind: t.kind[found.nextKind] })}
              m={m}
            />
          ) : null}
        </Section>
        {checklist ? (
          <Section id="checklist" title={t.checklist}>
            <ChecklistForm learnerId={id} caseId={found.id} items={checklist} disabled={!open} m={m} />
          </Section>
        ) : null}
        {open ? (
          <Section id="close" title={t.close}>
            <CloseForm learnerId={id} caseId={found.id} m={m} />
          </Section>
        ) : null}
      </div>
    </>
  );
}
