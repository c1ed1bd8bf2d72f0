import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";
import { listOpenSignals } from "@/lib/server/data/signals";
import type { AppLocale } from "@/lib/i18n";
import { dates } from "@/lib/i18n/dates";
import { weekOfKey } from "@/components/learner-file/week-label";
import { PageHeading } from "@/components/ui/page-heading";
import { Pagination } from "@/components/ui/pagination";
import { afterParam } from "@/components/ui/search-params";
import { Banner } from "@/components/ui/banner";
import { Table, Tbody, Td, Th, Thead, Tr } from "@/components/ui/table";
import { ClientMessages } from "@/components/intl/client-messages";
import { WeeklyCommitmentForm } from "@/components/weekly-commitment-form";
import { ResolveSignalButton } from "./resolve-signal-button";
import { commitmentText } from "./commitment-text";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("sessions.signals");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignalsPage({ searchParams }: Props) {
  const actor = await requireRole(["ADVISOR"]);
  const [after, query] = await Promise.all([afterParam(searchParams), searchParams]);
  const [t, locale, commitment, page] = await Promise.all([
    getTranslations("sessions.signals"),
    getLocale(),
    commitmentText(),
    listOpenSignals(actor, after),
  ]);
  const d = dates(locale as AppLocale);
  // "semaine du 23 novembre", never the week code.
  const weekLabel = (isoWeek: string) => t("week", { date: weekOfKey(isoWeek, d) });
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      {query.done === "resolved" ? <Banner tone="success">{t("resolved")}</Banner> : null}
      {query.done === "missing" ? <Banner tone="error">{t("missing")}</Banner> : null}
      {page.items.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ClientMessages namespaces={["sessions"]}>
          <Table caption={t("count", { count: page.total })}>
            <Thead>
              <Tr>
                <Th>{t("learner")}</Th>
                <Th>{t("open")}</Th>
                <Th>{t("commitment")}</Th>
              </Tr>
            </Thead>
            <Tbody>
              {page.items.map((learner) => {
                const name = `${learner.firstName} ${learner.lastName}`;
                return (
                  <Tr key={learner.id}>
                    <Th scope="row" className="font-medium">
                      <p>{name}</p>
                      <Link href={`/advisor/signals/${learner.id}`} className="text-sm font-normal">
                        {t("sessions")}
                        <span className="sr-only"> {t("of", { name })}</span>
                      </Link>
                    </Th>
                    <Td>
                      <ul className="space-y-2">
                        {learner.signals.map((signal) => (
                          <li key={signal.id} className="flex flex-wrap items-center gap-x-3 gap-y-1">
                            <span>
                              <span className="font-semibold">{t(`kind.${signal.kind}`)}</span>, {weekLabel(signal.isoWeek)}
                            </span>
                            <ResolveSignalButton
                              signalId={signal.id}
                              after={after ?? ""}
                              label={t("resolve")}
                              detail={`: ${t(`kind.${signal.kind}`)}, ${weekLabel(signal.isoWeek)}, ${name}`}
                            />
                          </li>
                        ))}
                      </ul>
                    </Td>
                    <Td>
                      <WeeklyCommitmentForm learnerId={learner.id} value={learner.weeklyCommitment} text={commitment(name)} />
                    </Td>
                  </Tr>
                );
              })}
            </Tbody>
          </Table>
        </ClientMessages>
      )}
      <Pagination basePath="/advisor/signals" after={after} nextCursor={page.nextCursor} />
    </>
  );
}
