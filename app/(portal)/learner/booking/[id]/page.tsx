import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole, orNotFound } from "@/lib/server/auth/session";
import { getMyCall } from "@/lib/server/data/booking";
import type { AppLocale } from "@/lib/i18n";
import { dates } from "@/lib/i18n/dates";
import { PageHeading } from "@/components/ui/page-heading";
import { Banner } from "@/components/ui/banner";
import { ButtonLink } from "@/components/ui/button-link";
import { ClientMessages } from "@/components/intl/client-messages";
import { CancelCallForm } from "./cancel-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("myCall");
  return { title: t("title") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** One of the learner's calls: the confirmation after booking, and where the emails' links lead to move or cancel it. */
export default async function MyCallPage({ params, searchParams }: Props) {
  const actor = await requireRole(["LEARNER"]);
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const [t, booking, locale, call] = await Promise.all([getTranslations("myCall"), getTranslations("booking"), getLocale(), orNotFound(getMyCall(actor, id))]);
  const d = dates(locale as AppLocale);
  return (
    <>
      <PageHeading title={t("title")} />
      {query.confirmed && call.status === "SCHEDULED" ? <Banner tone="success">{t("confirmed")}</Banner> : null}
      {query.moved && call.status === "SCHEDULED" ? <Banner tone="success">{t("moved")}</Banner> : null}
      {query.cancelled && call.status === "CANCELLED" ? <Banner tone="success">{t("cancelled")}</Banner> : null}
      <dl className="mb-6 grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded border border-slate-300 bg-white p-4">
        <dt className="font-semibold">{t("when")}</dt>
        <dd>{call.status === "CANCELLED" ? <s>{d.instant(call.startsAt, "weekdayTime")}</s> : d.instant(call.startsAt, "weekdayTime")} · {t(`status.${call.status}`)}</dd>
        <dt className="font-semibold">{t("with")}</dt>
        <dd>
          {call.advisor.firstName} {call.advisor.lastName} ({booking(`kind.${call.kind}`)})
        </dd>
        <dt className="font-semibold">{t("duration")}</dt>
        <dd>{t("minutes", { count: call.durationMinutes })}</dd>
        <dt className="font-semibold">{t("topic")}</dt>
        <dd className="whitespace-pre-line">{call.topic ?? t("noTopic")}</dd>
      </dl>
      {call.canCancel ? (
        <div className="mb-6 space-y-2">
          <p>{t("movesLeft", { count: call.movesLeft })}</p>
          {call.canMove ? (
            <ButtonLink href={`/learner/booking?move=${call.id}`} variant="secondary">
              {t("move")}
            </ButtonLink>
          ) : null}
        </div>
      ) : null}
      {call.canCancel ? (
        <ClientMessages namespaces={["myCall", "booking", "forms"]}>
          <CancelCallForm appointmentId={call.id} reasonRequired={call.reasonRequired} />
        </ClientMessages>
      ) : null}
      {call.status === "CANCELLED" || call.status === "NO_SHOW" ? (
        <p className="mt-4">
          <ButtonLink href="/learner/booking">{t("bookAgain")}</ButtonLink>
        </p>
      ) : null}
      <p className="mt-8">
        <Link href="/learner" className="underline">
          {booking("back")}
        </Link>
      </p>
    </>
  );
}
