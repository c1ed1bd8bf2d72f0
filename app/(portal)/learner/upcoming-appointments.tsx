import { getLocale, getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/server/auth/actor";
import { listMyAppointments } from "@/lib/server/data/my-appointments";
import type { AppLocale } from "@/lib/i18n";
import { dates } from "@/lib/i18n/dates";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button-link";
import Link from "next/link";

/** The learner's next phone appointments with their advisor. */
export async function UpcomingAppointments({ actor }: { actor: Actor }) {
  const [appointments, t, booking, myCall, locale] = await Promise.all([
    listMyAppointments(actor),
    getTranslations("myAppointments"),
    getTranslations("booking"),
    getTranslations("myCall"),
    getLocale(),
  ]);
  const d = dates(locale as AppLocale);
  return (
    <section aria-labelledby="appointments-title" className="mb-8">
      <h2 id="appointments-title" className="mb-3 text-lg font-semibold">
        {t("title")}
      </h2>
      {appointments.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="space-y-2">
          {appointments.map((a) => (
            <li key={a.id} className="rounded border border-slate-300 bg-white p-3">
              <p className="font-semibold">
                {a.status === "CANCELLED" ? <s>{`${t(`kind.${a.kind}`)} · ${d.instant(a.startsAt)}`}</s> : `${t(`kind.${a.kind}`)} · ${d.instant(a.startsAt)}`}
                {a.status === "CANCELLED" ? <Badge tone="danger" className="ml-2">{t("cancelled")}</Badge> : a.moved ? <Badge tone="info" className="ml-2">{t("moved")}</Badge> : null}
              </p>
              <p>{t("with", { name: `${a.advisor.firstName} ${a.advisor.lastName}`, duration: a.durationMinutes })}</p>
              {a.status === "SCHEDULED" ? (
                <p className="mt-1">
                  <Link href={`/learner/booking/${a.id}`} className="underline">
                    {myCall("manage")}
                  </Link>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {appointments.some((a) => a.status === "SCHEDULED") ? null : (
        <p className="mt-3">
          <ButtonLink href="/learner/booking">{booking("book")}</ButtonLink>
        </p>
      )}
    </section>
  );
}
