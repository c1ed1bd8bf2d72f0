import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole, orNotFound } from "@/lib/server/auth/session";
import { getBookingPage } from "@/lib/server/data/booking";
import { isRecordId } from "@/lib/schemas/fields";
import { slotsByDay } from "@/lib/domain/booking-slots";
import { formatPhone } from "@/lib/domain/phone";
import type { AppLocale } from "@/lib/i18n";
import { dates } from "@/lib/i18n/dates";
import { slotView } from "@/lib/i18n/slot-labels";
import { PageHeading } from "@/components/ui/page-heading";
import { Banner } from "@/components/ui/banner";
import { ClientMessages } from "@/components/intl/client-messages";
import { BookingForm, MoveForm } from "./booking-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("booking");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** "Prendre rendez-vous avec mon conseiller·ère": the free slots of the learner's advisor; `?move=<id>` moves a call of theirs. */
export default async function BookingPage({ searchParams }: Props) {
  const actor = await requireRole(["LEARNER"]);
  const params = await searchParams;
  const moveId = isRecordId(params.move) ? params.move : undefined;
  const [t, locale, page] = await Promise.all([getTranslations("booking"), getLocale(), orNotFound(getBookingPage(actor, { moveId }))]);
  const d = dates(locale as AppLocale);
  const days = slotsByDay(page.slots).map((g) => {
    const slots = g.slots.map((s) => slotView(s, locale as AppLocale, (v) => t("slotRange", v), (v) => t("slotLabel", v)));
    return { date: g.date, day: slots[0].day, slots };
  });
  const advisor = page.advisor ? `${page.advisor.firstName} ${page.advisor.lastName}` : "";
  const title = page.moving ? t("moveTitle") : t("title");
  return (
    <>
      <PageHeading title={title} intro={page.kind ? t("intro", { kind: t(`kind.${page.kind}`), advisor, duration: page.moving?.durationMinutes ?? page.durationMinutes }) : undefined} />
      {page.state === "noAdvisor" ? <Banner tone="info">{t("noAdvisor")}</Banner> : null}
      {page.state === "noAvailability" ? <Banner tone="info">{t("noAvailability")}</Banner> : null}
      {page.state === "alreadyBooked" && page.existing ? (
        <Banner tone="info">
          <p>{t("alreadyBooked", { when: d.instant(page.existing.startsAt, "weekdayTime") })}</p>
          <p className="mt-2">
            <Link href={`/learner/booking/${page.existing.id}`} className="underline">
              {t("manageExisting")}
            </Link>
          </p>
        </Banner>
      ) : null}
      {page.moving ? <p className="mb-4">{t("moveIntro", { when: d.instant(page.moving.startsAt, "weekdayTime"), count: page.moving.movesLeft })}</p> : null}
      {page.state === "open" && days.length === 0 ? <Banner tone="info">{t("noSlots")}</Banner> : null}
      {page.state === "open" && !page.moving && days.length > 0 ? (
        <ClientMessages namespaces={["booking", "forms"]}>
          <BookingForm days={days} phone={page.phone ? formatPhone(page.phone) : ""} />
        </ClientMessages>
      ) : null}
      {page.moving && days.length > 0 ? (
        <ClientMessages namespaces={["booking", "forms"]}>
          <MoveForm days={days} appointmentId={page.moving.id} />
        </ClientMessages>
      ) : null}
      <p className="mt-8">
        <Link href="/learner" className="underline">
          {t("back")}
        </Link>
      </p>
    </>
  );
}
