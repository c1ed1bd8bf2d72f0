import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { orNotFound, requireRole } from "@/lib/server/auth/session";
import { getReferentLearner } from "@/lib/server/data/referent";
import { now } from "@/lib/server/clock";
import { schoolDateTime } from "@/lib/domain/week";
import type { AppLocale } from "@/lib/i18n";
import { dates } from "@/lib/i18n/dates";
import { PageHeading } from "@/components/ui/page-heading";
import { Banner } from "@/components/ui/banner";
import { Table, Tbody, Td, Th, Thead, Tr } from "@/components/ui/table";
import { ClientMessages } from "@/components/intl/client-messages";
import { AccommodationPlanForm, ConfidentialProfileForm, PartnerExchangeForm, ReferralForm } from "../../_components/referent-forms";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("specialCategory.referent");
  return { title: t("title") };
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The referent's confidential file of one learner: consents, profile, plan, referrals, RQTH requests. */
export default async function ReferentLearner({ params }: Props) {
  const actor = await requireRole(["DISABILITY_REFERENT"]);
  const { id } = await params;
  const [t, sc, all, locale, file] = await Promise.all([
    getTranslations("specialCategory.file"),
    getTranslations("specialCategory"),
    getTranslations(),
    getLocale(),
    orNotFound(getReferentLearner(actor, id)),
  ]);
  const d = dates(locale as AppLocale);
  const today = schoolDateTime(now()).date;
  const lines = (audience: "MENTOR" | "EXAMINER" | "SCHOOL") =>
    (file.plan?.accommodations ?? [])
      .filter((a) => a.audience === audience)
      .map((a) => a.text)
      .join("\n");
  return (
    <>
      <PageHeading title={t("title", { name: file.learner.name })} intro={t("intro")} />
      <p className="mb-6">
        <Link href="/referent">{sc("referent.back")}</Link>
      </p>
      {file.legalHold ? (
        <Banner tone="info" className="mb-6">
          {t("legalHold", { reason: file.legalHold })}
        </Banner>
      ) : null}

      <section aria-labelledby="consents" className="mb-10">
        <h2 id="consents" className="mb-2 text-xl font-semibold">
          {t("consentsTitle")}
        </h2>
        {file.consents.length === 0 ? null : (
          <Table caption={t("consentsCaption")} captionHidden>
            <Thead>
              <Tr>
                <Th>{t("purpose")}</Th>
                <Th>{t("givenOn")}</Th>
                <Th>{t("withdrawnOn")}</Th>
              </Tr>
            </Thead>
            <Tbody>
              {file.consents.map((c) => (
                <Tr key={c.id}>
                  <Th scope="row">
                    {sc(`purposes.${c.purpose}`)}
                    {c.partner ? ` — ${sc(`partners.${c.partner}`)}` : ""}
                  </Th>
                  <Td>{d.instant(c.givenAt)}</Td>
                  <Td>{c.withdrawnAt ? d.instant(c.withdrawnAt) : t("live")}</Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
        {file.consentsCover.accommodations ? null : (
          <Banner tone="info" className="mt-3">
            {t("noConsent")}
          </Banner>
        )}
      </section>

      <ClientMessages namespaces={["forms", "specialCategory"]}>
        <section aria-labelledby="profile" className="mb-10">
          <h2 id="profile" className="mb-2 text-xl font-semibold">
            {t("profileTitle")}
          </h2>
          <ConfidentialProfileForm
            learnerId={file.learner.id}
            rqth={file.sensitive?.rqth ?? false}
            rqthDetails={file.sensitive?.rqthDetails ?? ""}
            healthNotes={file.sensitive?.healthNotes ?? ""}
          />
        </section>

        <section aria-labelledby="plan" className="mb-10">
          <h2 id="plan" className="mb-2 text-xl font-semibold">
            {t("planTitle")}
          </h2>
          <p className="mb-3 max-w-prose">{t("planIntro")}</p>
          <AccommodationPlanForm
            learnerId={file.learner.id}
            reviewDate={file.plan ? isoDay(file.plan.reviewDate) : ""}
            mentor={lines("MENTOR")}
            examiner={lines("EXAMINER")}
            school={lines("SCHOOL")}
          />
        </section>

        {file.plan ? (
          <section aria-labelledby="referrals" className="mb-10">
            <h2 id="referrals" className="mb-2 text-xl font-semibold">
              {t("referralsTitle")}
            </h2>
            {file.plan.referrals.map((r) => {
              const partnerName = sc(`partners.${r.partner}`);
              return (
                <article key={r.id} className="mb-6 rounded border border-slate-400 p-4">
                  <h3 className="font-semibold">
                    {partnerName}
                    {r.contactName ? ` — ${r.contactName}` : ""}
                  </h3>
                  {r.stoppedAt ? <p>{t("stopped", { date: d.instant(r.stoppedAt) })}</p> : null}
                  <h4 className="mt-2 font-semibold">{t("exchanges")}</h4>
                  {r.exchanges.length === 0 ? (
                    <p>{t("noExchange")}</p>
                  ) : (
                    <ul className="mb-3 list-disc pl-6">
                      {r.exchanges.map((e) => (
                        <li key={e.id}>
                          {d.day(e.occurredAt)} — {e.summary}
                        </li>
                      ))}
                    </ul>
                  )}
                  {r.stoppedAt ? null : <PartnerExchangeForm referralId={r.id} partnerName={partnerName} today={today} />}
                </article>
              );
            })}
            <ReferralForm learnerId={file.learner.id} />
          </section>
        ) : null}
      </ClientMessages>

      <section aria-labelledby="rqth-requests">
        <h2 id="rqth-requests" className="mb-2 text-xl font-semibold">
          {t("requestsTitle")}
        </h2>
        <ul className="list-disc pl-6">
          {file.requests.map((r) => (
            <li key={r.id}>
              <Link href={`/referent/requests/${r.id}`}>{sc("referent.requestTitle", { number: String(r.number) })}</Link> — {d.instant(r.createdAt)} —{" "}
              {all(`requestStatus.${r.status}`)}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
