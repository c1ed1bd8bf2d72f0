import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole, orNotFound } from "@/lib/server/auth/session";
import { getCase } from "@/lib/server/data/follow-up-cases";
import { dates } from "@/lib/i18n/dates";
import type { AppLocale } from "@/lib/i18n";
import { END_OF_TRAINING_CHECKLIST, type ChecklistKey } from "@/lib/domain/follow-up";
import { PageHeading } from "@/components/ui/page-heading";
import { ClientMessages } from "@/components/intl/client-messages";
import { Section } from "@/components/learner-file/file-sections";
import { ScheduleForm } from "./schedule-form";
import { RecordForm } from "./record-form";
import { CloseForm } from "./close-form";
import { ChecklistForm } from "./checklist-form";
import { CancelCallForm, MoveCallForm } from "./change-call-forms";
import { LogCallForm } from "./log-call-form";
import { SendLinkForm } from "./send-link-form";
import { schoolDateTime } from "@/lib/domain/week";
import { PhoneLink } from "@/components/ui/phone-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("learnerFile");
  return { title: t("cases") };
}

export default async function CasePage({ params }: { params: Promise<{ id: string; caseId: string }> }) {
  const actor = await requireRole(["ADVISOR"]);
  const { id, caseId } = await params;
  const [t, file, reasons, common, locale, found] = await Promise.all([
    getTranslations("cases"),
    getTranslations("learnerFile"),
    getTranslations("caseload.reasons"),
    getTranslations("common"),
    getLocale(),
    orNotFound(getCase(actor, caseId)),
  ]);
  if (found.learnerId !== id) notFound();
  const d = dates(locale as AppLocale);
  const learner = found.learner.user;
  const open = found.status === "OPEN";
  const noShowBefore = found.nextKind && found.appointments.some((a) => a.kind === found.nextKind && a.status === "NO_SHOW");
  const checklist = Array.isArray(found.checklist) ? (found.checklist as { key: string; done: boolean }[]) : null;
  const intro = [t("openedOn", { date: d.instant(found.openedAt) }), file(`caseStatus.${found.status}`), found.closedAt ? t("closedOn", { date: d.instant(found.closedAt) }) : null];
  return (
    <>
      <p className="mb-2">
        <Link href={`/advisor/learners/${id}`}>
          {learner.firstName} {learner.lastName}
        </Link>
      </p>
      <PageHeading title={t("title", { reason: reasons(found.reason) })} intro={intro.filter(Boolean).join(" · ")} />
      {found.sourceRequest ? <p className="mb-4">{t("fromRequest", { number: found.sourceRequest.number, subject: found.sourceRequest.subject })}</p> : null}
      <p className="mb-4">
        {common("phone")} : {learner.phone ? <PhoneLink phone={learner.phone} /> : common("none")} · {common("email")} :{" "}
        <a href={`mailto:${learner.email}`}>{learner.email}</a>
      </p>
      <ClientMessages namespaces={["cases", "bookingLink"]}>
        <div className="space-y-6">
          <Section id="blocker" title={t("blocker")}>
            <p>{found.blocker ?? t("noBlocker")}</p>
            {found.outcome ? (
              <p className="mt-2">
                <span className="font-semibold">{file(`outcome.${found.outcome}`)}</span> · {t("nextStep")} : {found.nextStep}
              </p>
            ) : null}
          </Section>
          <Section id="appointments" title={t("appointments")}>
            {found.appointments.length === 0 ? <p>{t("noAppointments")}</p> : null}
            <ul className="space-y-4">
              {found.appointments.map((a) => (
                <li key={a.id}>
                  <p>
                    <span className="font-semibold">{t(`kind.${a.kind}`)}</span> · {d.instant(a.startsAt)} · {t("minutes", { count: a.durationMinutes })} · {t(`apptStatus.${a.status}`)}
                    {a.reminderSentAt ? ` · ${t("reminderSent")}` : ""}
                  </p>
                  {a.notes ? <p className="text-sm text-slate-700">{a.notes}</p> : null}
                  {a.recordable ? <RecordForm appointmentId={a.id} kind={a.kind} /> : null}
                  {a.changeable ? (
                    <>
                      <p className="text-sm text-slate-700">{t("recordAfter")}</p>
                      <MoveCallForm appointmentId={a.id} {...schoolDateTime(a.startsAt)} durationMinutes={String(a.durationMinutes)} />
                      <CancelCallForm appointmentId={a.id} />
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
            {found.nextKind ? (
              <>
                <SendLinkForm caseId={found.id} kind={found.nextKind} />
                <ScheduleForm caseId={found.id} title={t(noShowBefore ? "reschedule" : "schedule", { kind: t(`kind.${found.nextKind}`) })} />
                <LogCallForm caseId={found.id} kind={found.nextKind} title={t("logTitle", { kind: t(`kind.${found.nextKind}`) })} />
              </>
            ) : null}
          </Section>
          {checklist ? (
            <Section id="checklist" title={t("checklist")}>
              <ChecklistForm
                caseId={found.id}
                items={checklist.map((item) => ({ ...item, label: (END_OF_TRAINING_CHECKLIST as readonly string[]).includes(item.key) ? t(`checklistItems.${item.key as ChecklistKey}`) : item.key }))}
                disabled={!open}
              />
            </Section>
          ) : null}
          {open ? (
            <Section id="close" title={t("close")}>
              <CloseForm caseId={found.id} outcomes={{ BLOCKER_SOLVED: file("outcome.BLOCKER_SOLVED"), BLOCKER_NOT_SOLVED: file("outcome.BLOCKER_NOT_SOLVED") }} />
            </Section>
          ) : null}
        </div>
      </ClientMessages>
    </>
  );
}
