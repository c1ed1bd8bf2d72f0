import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole, orNotFound } from "@/lib/server/auth/session";
import { getBookingLinkPage } from "@/lib/server/data/booking-links";
import { slotsByDay } from "@/lib/domain/booking-slots";
import { formatPhone } from "@/lib/domain/phone";
import type { AppLocale } from "@/lib/i18n";
import { dates } from "@/lib/i18n/dates";
import { slotView } from "@/lib/i18n/slot-labels";
import { PageHeading } from "@/components/ui/page-heading";
import { Banner } from "@/components/ui/banner";
import { ButtonLink } from "@/components/ui/button-link";
import { ClientMessages } from "@/components/intl/client-messages";
import { LinkBookingForm } from "../../booking-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bookingLink");
  return { title: t("title") };
}

type Props = { params: Promise<{ token: string }> };

/**
 * The page a booking link opens (after sign-in): the advisor's free slots for the call the link
 * was sent for; a link that already served shows the call it booked, an expired one says so and
 * leads to the usual booking page; another user's link is not found.
 */
export default async function BookingLinkPage({ params }: Props) {
  const actor = await requireRole(["LEARNER"]);
  const { token } = await params;
  const [t, booking, locale, page] = await Promise.all([getTranslations("bookingLink"), getTranslations("booking"), getLocale(), orNotFound(getBookingLinkPage(actor, token))]);
  const d = dates(locale as AppLocale);
  const advisor = page.advisor ? `${page.advisor.firstName} ${page.advisor.lastName}` : "";
  const bookNormally = (
    <p className="mt-4">
      <ButtonLink href="/learner/booking" variant="secondary">
        {t("bookNormally")}
      </ButtonLink>
    </p>
  );
  const title = page.state === "used" ? t("usedTitle") : page.state === "expired" ? t("expiredTitle") : page.state === "settled" ? t("settledTitle") : t("title");
  const days = slotsByDay(page.slots).map((g) => {
    const slots = g.slots.map((s) => slotView(s, locale as AppLocale, (v) => booking("slotRange", v), (v) => booking("slotLabel", v)));
    return { date: g.date, day: slots[0].day, slots };
  });
  return (
    <>
      <PageHeading
        title={title}
        intro={page.state === "open" ? t("intro", { advisor, kind: t(`kind.${page.kind}`), duration: page.durationMinutes, until: d.instant(page.expiresAt, "weekday") }) : undefined}
      />
      {page.state === "used" ? (
        <Banner tone="info">
          <p>{t("used")}</p>
          {page.call ? (
            <>
              <p className="mt-2">{t("usedCall", { when: d.instant(page.call.startsAt, "weekdayTime") })}</p>
              <p className="mt-2">
                <Link href={`/learner/booking/${page.call.id}`} className="underline">
                  {t("manage")}
                </Link>
              </p>
            </>
          ) : (
            <p className="mt-2">{t("usedCallGone")}</p>
          )}
        </Banner>
      ) : null}
      {page.state === "expired" ? (
        <>
          <Banner tone="info">{t("expired", { when: d.instant(page.expiresAt, "weekdayTime") })}</Banner>
          {bookNormally}
        </>
      ) : null}
      {page.state === "settled" ? (
        <>
          <Banner tone="info">{t("settled")}</Banner>
          {bookNormally}
        </>
      ) : null}
      {page.state === "noAdvisor" ? <Banner tone="info">{booking("noAdvisor")}</Banner> : null}
      {page.state === "noAvailability" ? <Banner tone="info">{booking("noAvailability")}</Banner> : null}
      {page.state === "open" && days.length === 0 ? <Banner tone="info">{t("noSlots")}</Banner> : null}
      {page.state === "open" && days.length > 0 ? (
        <ClientMessages namespaces={["booking", "forms"]}>
          <LinkBookingForm days={days} phone={page.phone ? formatPhone(page.phone) : ""} token={token} />
        </ClientMessages>
      ) : null}
      <p className="mt-8">
        <Link href="/learner" className="underline">
          {booking("back")}
        </Link>
      </p>
    </>
  );
}
