import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";
import { listMyNotifications, NOTIFIED_ROLES } from "@/lib/server/data/notifications";
import { dates } from "@/lib/i18n/dates";
import type { AppLocale } from "@/lib/i18n";
import { PageHeading } from "@/components/ui/page-heading";
import { Badge } from "@/components/ui/badge";
import { ClientMessages } from "@/components/intl/client-messages";
import { MarkAllReadForm, MarkReadForm } from "./mark-read-forms";
import { getEmailPreference } from "@/lib/server/data/notification-email";
import { EmailPreferenceForm } from "@/components/triage/follower-forms";
import { LiveRefresh } from "@/components/live/live-refresh";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notifications");
  return { title: t("title") };
}

/** The person's own notifications, newest first; new ones arrive live, or with the navigation's polling. */
export default async function NotificationsPage() {
  const actor = await requireRole(NOTIFIED_ROLES);
  const [t, email, locale, items, preference] = await Promise.all([
    getTranslations("notifications"),
    getTranslations("followers.email"),
    getLocale(),
    listMyNotifications(actor),
    getEmailPreference(actor),
  ]);
  const d = dates(locale as AppLocale);
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      <ClientMessages namespaces={["notifications"]}>
        {/* A new notification shows without a reload (issue 15); the list is read again through listMyNotifications. */}
        <LiveRefresh notification />
        {items.some((n) => !n.read) ? <MarkAllReadForm /> : null}
        {items.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <ul aria-label={t("list")} className="space-y-2">
            {items.map((n) => {
              const text = t(`kind.${n.kind}`, { actor: n.actorName ?? t("someone"), number: n.request?.number ?? 0, subject: n.request?.subject ?? "" });
              return (
                <li key={n.id} className={`flex flex-wrap items-center gap-3 rounded border p-3 ${n.read ? "border-slate-300 bg-white" : "border-brand-700 bg-blue-50"}`}>
                  <Badge tone={n.read ? "neutral" : "info"}>{t(n.read ? "read" : "unread")}</Badge>
                  {n.request ? <Link href={n.request.path}>{text}</Link> : <span>{text}</span>}
                  <span className="text-sm text-slate-700">{d.instant(n.createdAt)}</span>
                  {n.read ? null : <MarkReadForm id={n.id} />}
                </li>
              );
            })}
          </ul>
        )}
      </ClientMessages>
      <section aria-labelledby="email-preference-title" className="mt-8 max-w-2xl">
        <h2 id="email-preference-title" className="mb-2 text-lg font-semibold">
          {email("title")}
        </h2>
        <ClientMessages namespaces={["followers"]}>
          <EmailPreferenceForm current={preference} />
        </ClientMessages>
      </section>
    </>
  );
}
