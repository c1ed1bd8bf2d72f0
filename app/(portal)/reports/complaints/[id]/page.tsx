import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { orNotFound, requireRole } from "@/lib/server/auth/session";
import { now } from "@/lib/server/clock";
import { getComplaint, REGISTER_ROLES } from "@/lib/server/data/complaints";
import { isRecordId } from "@/lib/schemas/fields";
import { registerCells, registerHeader } from "@/lib/server/views/complaint-register";
import { requestPathFor } from "@/lib/domain/request-paths";
import type { AppLocale } from "@/lib/i18n";
import { dates } from "@/lib/i18n/dates";
import { PageHeading } from "@/components/ui/page-heading";
import { ClientMessages } from "@/components/intl/client-messages";
import { AnswerComplaintForm, CorrectiveActionForm } from "@/components/complaints/complaint-forms";
import { notFound } from "next/navigation";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("complaints.register");
  return { title: t("title") };
}

/** One complaint: its register line, the answer (sent once) and the corrective action. */
export default async function ComplaintPage({ params }: Props) {
  const actor = await requireRole(REGISTER_ROLES);
  const { id } = await params;
  if (!isRecordId(id)) notFound();
  const c = await orNotFound(getComplaint(actor, id));
  const [t, locale] = await Promise.all([getTranslations("complaints"), getLocale()]);
  const header = registerHeader(locale as AppLocale);
  const cells = registerCells(locale as AppLocale, c, now());
  const number = String(c.request.number);
  // The Mentorship Manager reads the request in the support space; an administrator has none.
  const requestHref = actor.role === "MENTORSHIP_MANAGER" ? requestPathFor("SUPPORT", c.request.id) : null;
  return (
    <>
      <p className="mb-4">
        <Link href="/reports/complaints">{t("register.back")}</Link>
      </p>
      <PageHeading title={t("detail.title", { number })} intro={cells[2]} />
      <dl className="mb-6 grid gap-x-6 gap-y-1 rounded border border-slate-300 bg-white p-4 sm:grid-cols-[auto_1fr]">
        {header.slice(1).map((h, i) => (
          <div key={h} className="contents">
            <dt className="font-semibold">{h}</dt>
            <dd className="whitespace-pre-line">{cells[i + 1] || "—"}</dd>
          </div>
        ))}
        {c.requalifiedReason ? (
          <>
            <dt className="font-semibold">{t("detail.reason")}</dt>
            <dd className="whitespace-pre-line">{c.requalifiedReason}</dd>
          </>
        ) : null}
        <dt className="font-semibold">{t("detail.request")}</dt>
        <dd>{requestHref ? <Link href={requestHref}>{t("detail.openRequest", { number })}</Link> : number}</dd>
      </dl>
      <ClientMessages namespaces={["complaints"]}>
        <section aria-labelledby="answer-title" className="mb-8 space-y-3">
          <h2 id="answer-title" className="text-lg font-semibold">
            {t("detail.answerTitle")}
          </h2>
          {c.answeredAt ? (
            <>
              <p className="font-semibold">{t("detail.answeredOn", { date: dates(locale as AppLocale).instant(c.answeredAt) })}</p>
              <p className="whitespace-pre-line rounded border border-slate-300 bg-white p-3">{c.answer}</p>
            </>
          ) : (
            <AnswerComplaintForm id={c.id} />
          )}
        </section>
        <section aria-labelledby="corrective-title" className="space-y-3">
          <h2 id="corrective-title" className="text-lg font-semibold">
            {t("detail.correctiveTitle")}
          </h2>
          <CorrectiveActionForm id={c.id} action={c.correctiveAction ?? ""} doneOn={c.correctiveDoneAt ? c.correctiveDoneAt.toISOString().slice(0, 10) : ""} />
        </section>
      </ClientMessages>
    </>
  );
}
