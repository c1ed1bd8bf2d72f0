import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";
import { listReferentLearners, listRqthRequests } from "@/lib/server/data/referent";
import type { AppLocale } from "@/lib/i18n";
import { dates } from "@/lib/i18n/dates";
import { PageHeading } from "@/components/ui/page-heading";
import { Table, Tbody, Td, Th, Thead, Tr } from "@/components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("specialCategory.referent");
  return { title: t("title") };
}

/** The disability referent's space: open RQTH requests, then every learner with confidential data. */
export default async function ReferentHome() {
  const actor = await requireRole(["DISABILITY_REFERENT"]);
  const [t, all, locale, requests, learners] = await Promise.all([
    getTranslations("specialCategory.referent"),
    getTranslations(),
    getLocale(),
    listRqthRequests(actor),
    listReferentLearners(actor),
  ]);
  const d = dates(locale as AppLocale);
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      <section aria-labelledby="rqth-requests" className="mb-10">
        <h2 id="rqth-requests" className="mb-2 text-xl font-semibold">
          {t("requestsTitle")}
        </h2>
        {requests.length === 0 ? (
          <p>{t("noRequests")}</p>
        ) : (
          <Table caption={t("requestsCaption")} captionHidden>
            <Thead>
              <Tr>
                <Th>{t("number")}</Th>
                <Th>{t("learner")}</Th>
                <Th>{t("filedOn")}</Th>
                <Th>{t("status")}</Th>
              </Tr>
            </Thead>
            <Tbody>
              {requests.map((r) => (
                <Tr key={r.id}>
                  <Th scope="row">
                    <Link href={`/referent/requests/${r.id}`}>{t("requestTitle", { number: String(r.number) })}</Link>
                  </Th>
                  <Td>{`${r.learner.user.firstName} ${r.learner.user.lastName}`}</Td>
                  <Td>{d.instant(r.createdAt)}</Td>
                  <Td>{all(`requestStatus.${r.status}`)}</Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </section>
      <section aria-labelledby="referent-learners">
        <h2 id="referent-learners" className="mb-2 text-xl font-semibold">
          {t("learnersTitle")}
        </h2>
        {learners.length === 0 ? (
          <p>{t("noLearners")}</p>
        ) : (
          <Table caption={t("learnersCaption")} captionHidden>
            <Thead>
              <Tr>
                <Th>{t("learner")}</Th>
                <Th>{t("review")}</Th>
                <Th>{t("openRequests")}</Th>
                <Th>{t("endOfTraining")}</Th>
              </Tr>
            </Thead>
            <Tbody>
              {learners.map((l) => (
                <Tr key={l.id}>
                  <Th scope="row">
                    <Link href={`/referent/learners/${l.id}`}>{l.name}</Link>
                  </Th>
                  <Td>{l.reviewDate ? d.day(l.reviewDate) : t("noPlan")}</Td>
                  <Td>{l.openRqthRequests}</Td>
                  <Td>{d.day(l.plannedEndDate)}</Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </section>
    </>
  );
}
