import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/server/auth/session";
import { listOpenSignals } from "@/lib/server/data/signals";
import { getMessages } from "@/lib/i18n/server";
import { format } from "@/lib/i18n";
import { formatDay } from "@/lib/i18n/dates";
import { isoWeekFromKey, weekMonday } from "@/lib/domain/week";
import { PageHeading, tableClass, tdClass, thClass } from "@/components/ui/page-heading";
import { Pagination } from "@/components/ui/pagination";
import { afterParam } from "@/components/ui/search-params";
import { WeeklyCommitmentForm } from "@/components/weekly-commitment-form";
import { resolveSignalAction } from "./actions";
import { TableScroll } from "@/components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.sessions.signals.title };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignalsPage({ searchParams }: Props) {
  const actor = await requireRole(["ADVISOR"]);
  const [after, query] = await Promise.all([afterParam(searchParams), searchParams]);
  const [{ locale, m }, page] = await Promise.all([getMessages(), listOpenSignals(actor, after)]);
  const t = m.sessions.signals;
  const weekLabel = (isoWeek: string) => {
    const range = isoWeekFromKey(isoWeek);
    return range ? format(t.week, { date: formatDay(weekMonday(range), locale) }) : isoWeek;
  };
  return (
    <>
      <PageHeading title={t.title} intro={t.intro} />
      {query.done === "resolved" ? (
        <p role="status" className="mb-6 rounded border-2 border-green-800 bg-white p-3 font-semibold">
          {t.resolved}
        </p>
      ) : null}
      {query.done === "missing" ? (
        <p role="alert" className="mb-6 rounded border-4 border-red-700 bg-white p-3 font-semibold">
          {t.missing}
        </p>
      ) : null}
      {page.items.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <TableScroll labelledBy="signals-caption">
          <table className={tableClass}>
            <caption id="signals-caption" className="mb-2 text-left text-slate-700">{format(t.count, { count: page.total })}</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>{t.learner}</th>
                <th scope="col" className={thClass}>{t.open}</th>
                <th scope="col" className={thClass}>{t.commitment}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((learner) => {
                const name = `${learner.firstName} ${learner.lastName}`;
                return (
                  <tr key={learner.id}>
                    <th scope="row" className={`${tdClass} font-medium`}>
                      <p>{name}</p>
                      <Link href={`/advisor/signals/${learner.id}`} className="text-sm font-normal">
                        {t.sessions}
                        <span className="sr-only"> {format(t.of, { name })}</span>
                      </Link>
                    </th>
                    <td className={tdClass}>
                      <ul className="space-y-2">
                        {learner.signals.map((signal) => (
                          <li key={signal.id} className="flex flex-wrap items-center gap-x-3 gap-y-1">
                            <span>
                              <span className="font-semibold">{t.kind[signal.kind]}</span>, {weekLabel(signal.isoWeek)}
                            </span>
                            <form action={resolveSignalAction}>
                              <input type="hidden" name="signalId" value={signal.id} />
                              {after ? <input type="hidden" name="after" value={after} /> : null}
                              <button type="submit" className="rounded border-2 border-slate-700 bg-white px-2 py-0.5 text-sm hover:bg-slate-100">
                                {t.resolve}
                                <span className="sr-only">
                                  {" "}
                                  : {t.kind[signal.kind]}, {weekLabel(signal.isoWeek)}, {name}
                                </span>
                              </button>
                            </form>
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td className={tdClass}>
                      <WeeklyCommitmentForm
                        learnerId={learner.id}
                        learnerName={name}
                        value={learner.weeklyCommitment}
                        m={{ commitmentForm: m.sessions.commitmentForm, errors: m.sessions.errors }}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      <Pagination basePath="/advisor/signals" after={after} nextCursor={page.nextCursor} m={m} />
    </>
  );
}
