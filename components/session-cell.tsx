import type { SessionKind, SessionStatus } from "@prisma/client";
import { getLocale, getTranslations } from "next-intl/server";
import { dates } from "@/lib/i18n/dates";
import type { AppLocale } from "@/lib/i18n";

/** A session in a table cell: when, and its status in words (never colour alone). */
export async function SessionCell({ session }: { session: { scheduledAt: Date; status: SessionStatus; kind: SessionKind } | null }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  if (!session) return <>{t("common.none")}</>;
  return (
    <>
      {dates(locale as AppLocale).instant(session.scheduledAt)}
      <br />
      <span className="text-slate-700">
        {t(`sessionKind.${session.kind}`)} · {t(`sessionStatus.${session.status}`)}
      </span>
    </>
  );
}
