import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { listMyRequests } from "@/lib/server/data/my-requests";
import type { AppLocale } from "@/lib/i18n";
import { dates } from "@/lib/i18n/dates";
import { Badge } from "@/components/ui/badge";

type Row = Awaited<ReturnType<typeof listMyRequests>>[number];

/** A requester's requests (learner) or alerts (mentor), with status, handler's role and public replies. */
export async function MyRequestList({ rows, basePath, mentor }: { rows: Row[]; basePath: string; mentor: boolean }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const d = dates(locale as AppLocale);
  if (rows.length === 0) return <p>{mentor ? t("contact.list.noAlerts") : t("contact.list.none")}</p>;
  return (
    <ul className="space-y-4">
      {rows.map((row) => (
        <li key={row.id} className="rounded border border-slate-300 bg-white p-4">
          <h2 className="text-lg font-semibold">
            <Link href={`${basePath}/${row.id}`}>{row.subject}</Link>
          </h2>
          <p className="text-sm text-slate-700">
            {t("contact.list.number", { number: row.number })} · {t(`topics.${row.topic}`)} · {d.instant(row.createdAt)}
          </p>
          {mentor ? <p className="text-sm">{t("contact.list.about", { name: `${row.learner.user.firstName} ${row.learner.user.lastName}` })}</p> : null}
          <p className="mt-1">
            <Badge>{t(`requestStatus.${row.status}`)}</Badge>{" "}
            <span className="text-sm">{row.assignee ? t("contact.list.handledBy", { role: t(`roles.${row.assignee.role}`) }) : t("contact.list.waitingAssignment")}</span>
          </p>
          {mentor && row.loopClosedAt ? (
            <p className="mt-1 text-sm font-semibold text-green-800">{t("contact.list.loopClosed", { date: d.instant(row.loopClosedAt) })}</p>
          ) : null}
          {row.events.length > 0 ? (
            <ul className="mt-2 space-y-2 border-l-4 border-slate-300 pl-3">
              {row.events.map((reply) => (
                <li key={reply.id}>
                  <p className="text-sm text-slate-700">
                    {d.instant(reply.createdAt)} — {reply.actor ? t(`roles.${reply.actor.role}`) : "—"}
                  </p>
                  <p className="whitespace-pre-wrap">{reply.body}</p>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
