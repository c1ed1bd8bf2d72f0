import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";
import { listMyConsents } from "@/lib/server/data/consents";
import { listAccommodationsToApply } from "@/lib/server/data/accommodation-plans";
import type { AppLocale } from "@/lib/i18n";
import { dates } from "@/lib/i18n/dates";
import { PageHeading } from "@/components/ui/page-heading";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Table, Tbody, Td, Th, Thead, Tr } from "@/components/ui/table";
import { ClientMessages } from "@/components/intl/client-messages";
import { CONSENT_TEXT_VERSIONS, type ConsentTextVersion } from "@/lib/domain/consent";
import { withdrawConsentAction } from "./actions";
import { GiveConsentForm } from "./_components/consent-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("specialCategory.privacy");
  return { title: t("title") };
}

/** "Mes données": consents (given, withdrawn), the accommodations decided, the download of everything held. */
export default async function LearnerPrivacy({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole(["LEARNER"]);
  const withdrawn = (await searchParams).withdrawn === "1";
  const [t, sc, locale, consents, accommodations] = await Promise.all([
    getTranslations("specialCategory.privacy"),
    getTranslations("specialCategory"),
    getLocale(),
    listMyConsents(actor),
    listAccommodationsToApply(actor, actor.id),
  ]);
  const d = dates(locale as AppLocale);
  const known = (v: string): v is ConsentTextVersion => (CONSENT_TEXT_VERSIONS as readonly string[]).includes(v);
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      <section aria-labelledby="my-consents" className="mb-10">
        <h2 id="my-consents" className="mb-2 text-xl font-semibold">
          {t("consentsTitle")}
        </h2>
        {/* Always there, so the text that appears after a withdrawal is announced. */}
        <p role="status" className="mb-2 font-semibold text-green-800">
          {withdrawn ? t("withdrawnStatus") : ""}
        </p>
        {consents.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <Table caption={t("consentsCaption")} captionHidden>
            <Thead>
              <Tr>
                <Th>{t("purpose")}</Th>
                <Th>{t("text")}</Th>
                <Th>{sc("file.givenOn")}</Th>
                <Th>{sc("file.withdrawnOn")}</Th>
              </Tr>
            </Thead>
            <Tbody>
              {consents.map((c) => {
                const what = `${sc(`purposes.${c.purpose}`)}${c.partner ? ` — ${sc(`partners.${c.partner}`)}` : ""}`;
                return (
                  <Tr key={c.id}>
                    <Th scope="row">{what}</Th>
                    <Td>
                      <span className="block max-w-prose text-sm">{known(c.textVersion) ? sc(`consentTexts.${c.textVersion}`) : c.textVersion}</span>
                    </Td>
                    <Td>{d.instant(c.givenAt)}</Td>
                    <Td>
                      {c.withdrawnAt ? (
                        t("withdrawn", { date: d.instant(c.withdrawnAt) })
                      ) : (
                        <form id={`withdraw-${c.id}`} action={withdrawConsentAction}>
                          <input type="hidden" name="consentId" value={c.id} />
                          <ConfirmDialog
                            form={`withdraw-${c.id}`}
                            triggerLabel={t("withdraw")}
                            triggerVariant="secondary"
                            triggerSize="sm"
                            title={t("withdrawTitle")}
                            description={`${what}. ${t("withdrawBody")}`}
                            confirmLabel={t("withdrawConfirm")}
                            cancelLabel={t("cancel")}
                          />
                        </form>
                      )}
                    </Td>
                  </Tr>
                );
              })}
            </Tbody>
          </Table>
        )}
      </section>
      <section aria-labelledby="give-consent" className="mb-10">
        <h2 id="give-consent" className="mb-2 text-xl font-semibold">
          {t("giveTitle")}
        </h2>
        <p className="mb-3 max-w-prose">{t("giveIntro")}</p>
        <ClientMessages namespaces={["forms", "specialCategory"]}>
          <GiveConsentForm />
        </ClientMessages>
      </section>
      {accommodations.length > 0 ? (
        <section aria-labelledby="my-accommodations" className="mb-10">
          <h2 id="my-accommodations" className="mb-2 text-xl font-semibold">
            {sc("toApply.title")}
          </h2>
          <ul className="list-disc pl-6">
            {accommodations.map((a, i) => (
              <li key={i}>
                {sc(`audiences.${a.audience}`)} : {a.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="my-export">
        <h2 id="my-export" className="mb-2 text-xl font-semibold">
          {t("exportTitle")}
        </h2>
        <p className="mb-3 max-w-prose">{t("exportIntro")}</p>
        <p className="flex flex-wrap gap-6">
          <a href="/learner/privacy/export?format=json" download>
            {t("exportJson")}
          </a>
          <a href="/learner/privacy/export?format=pdf" download>
            {t("exportPdf")}
          </a>
        </p>
      </section>
    </>
  );
}
