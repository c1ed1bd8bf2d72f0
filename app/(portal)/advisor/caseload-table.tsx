import Link from "next/link";
import type { AppLocale, Messages } from "@/lib/i18n";
import { format } from "@/lib/i18n";
import { formatDateTime, formatDay } from "@/lib/i18n/dates";
import { tableClass, tdClass, thClass } from "@/components/ui/page-heading";
import type { CaseloadRow } from "@/lib/server/data/caseload";
import { TableScroll } from "@/components/ui/table";

const LEVEL_CLASS = {
  HIGH: "border-red-800 bg-red-50 text-red-900",
  MEDIUM: "border-amber-800 bg-amber-50 text-amber-900",
  NONE: "border-slate-400 bg-white text-slate-800",
} as const;

export function CaseloadTable({ rows, locale, m }: { rows: CaseloadRow[]; locale: AppLocale; m: Messages }) {
  const t = m.caseload.table;
  const c = m.caseload;
  if (rows.length === 0) return <p>{c.noMatch}</p>;
  return (
    <TableScroll labelledBy="caseload-caption">
      <table className={tableClass}>
        <caption id="caseload-caption" className="sr-only">{m.advisor.title}</caption>
        <thead>
          <tr>
            <th scope="col" className={thClass}>{m.advisor.learner}</th>
            <th scope="col" className={thClass}>{t.risk}</th>
            <th scope="col" className={thClass}>{t.progress}</th>
            <th scope="col" className={thClass}>{t.sessions}</th>
            <th scope="col" className={thClass}>{t.lastNoShow}</th>
            <th scope="col" className={thClass}>{t.requests}</th>
            <th scope="col" className={thClass}>{t.followUp}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className={`${tdClass} font-medium`}>
                <Link href={`/advisor/learners/${row.id}`}>
                  {row.firstName} {row.lastName}
                </Link>
                <div className="text-sm font-normal text-slate-700">{row.trainingPath}</div>
                <div className="text-sm font-normal text-slate-700">
                  {m.advisor.mentor} : {row.mentor ? `${row.mentor.firstName} ${row.mentor.lastName}` : m.common.none}
                </div>
              </th>
              <td className={tdClass}>
                <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${LEVEL_CLASS[row.level]}`}>
                  {c.level[row.level]}
                </span>
                {row.reasons.length > 0 ? (
                  <ul className="mt-1 list-disc pl-4 text-sm">
                    {row.reasons.map((reason) => (
                      <li key={reason}>{c.reason[reason]}</li>
                    ))}
                  </ul>
                ) : null}
                {row.onBreak ? <p className="mt-1 text-sm">{c.onBreak}</p> : null}
              </td>
              <td className={tdClass}>{format(c.progress[row.progress.status], { weeks: row.progress.weeks })}</td>
              <td className={tdClass}>
                <div>{format(t.last7, { count: row.held7, commitment: row.weeklyCommitment })}</div>
                <div>{format(t.last28, { count: row.held28, commitment: row.weeklyCommitment * 4 })}</div>
                <div className="text-sm text-slate-700">
                  {t.lastHeld} : {row.lastHeldAt ? formatDay(row.lastHeldAt, locale) : m.common.none}
                </div>
              </td>
              <td className={tdClass}>{row.lastNoShowAt ? formatDay(row.lastNoShowAt, locale) : m.common.none}</td>
              <td className={tdClass}>
                <div>{format(t.alerts, { count: row.openAlerts })}</div>
                <div>{format(t.openRequests, { count: row.openRequests })}</div>
              </td>
              <td className={tdClass}>
                <div>{row.openCase ? c.reasons[row.openCase.reason as keyof typeof c.reasons] : t.noCase}</div>
                <div className="text-sm text-slate-700">
                  {t.nextAppointment} : {row.nextAppointmentAt ? formatDateTime(row.nextAppointmentAt, locale) : m.common.none}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
