import type { Metadata } from "next";
import Link from "next/link";
import { requireRole, orNotFound } from "@/lib/server/auth/session";
import { listStakeholders } from "@/lib/server/data/stakeholders";
import { getLocale, getTranslations } from "next-intl/server";
import { dates } from "@/lib/i18n/dates";
import type { AppLocale } from "@/lib/i18n";
import { ClientMessages } from "@/components/intl/client-messages";
import { PageHeading } from "@/components/ui/page-heading";
import { StakeholderForm } from "./stakeholder-form";
import { ExchangeForm } from "./exchange-form";
import { ArchiveButton } from "./archive-button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("learnerFile");
  return { title: t("stakeholders") };
}

export default async function StakeholdersPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole(["ADVISOR"]);
  const { id } = await params;
  const [t, common, locale, data] = await Promise.all([
    getTranslations("stakeholders"),
    getTranslations("common"),
    getLocale(),
    orNotFound(listStakeholders(actor, id)),
  ]);
  const d = dates(locale as AppLocale);
  const name = `${data.learner.firstName} ${data.learner.lastName}`;
  // The date input's value (not shown as text): today in Paris.
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());
  return (
    <>
      <p className="mb-2">
        <Link href={`/advisor/learners/${id}`}>{name}</Link>
      </p>
      <PageHeading title={t("title", { name })} intro={t("intro")} />
      <ClientMessages namespaces={["stakeholders", "cases"]}>
      {data.stakeholders.length === 0 ? <p className="mb-6">{t("none")}</p> : null}
      <ul className="mb-8 space-y-6">
        {data.stakeholders.map((s) => (
          <li key={s.id}>
            <article aria-labelledby={`st-${s.id}`} className="rounded border border-slate-300 bg-white p-4">
              <h2 id={`st-${s.id}`} className="text-lg font-semibold">
                {t(`kind.${s.kind}`)} · {s.organisation}
                {s.archivedAt ? ` (${t("archived")})` : ""}
              </h2>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
                <dt className="font-semibold">{t("personName")}</dt>
                <dd>{[s.personName, s.roleTitle].filter(Boolean).join(", ") || common("none")}</dd>
                <dt className="font-semibold">{common("email")}</dt>
                <dd>{s.email ? <a href={`mailto:${s.email}`}>{s.email}</a> : common("none")}</dd>
                <dt className="font-semibold">{common("phone")}</dt>
                <dd>{s.phone ?? common("none")}</dd>
                <dt className="font-semibold">{t("sharing")}</dt>
                <dd>{s.sharing.length ? s.sharing.map((x) => t(`scope.${x}`)).join(", ") : t("nothingShared")}</dd>
              </dl>
              <h3 className="mt-4 font-semibold">{t("exchanges")}</h3>
              {s.exchanges.length === 0 ? <p>{t("noExchanges")}</p> : null}
              <ul className="space-y-1">
                {s.exchanges.map((e) => (
                  <li key={e.id}>
                    {d.day(e.occurredAt)} · {t(`channel.${e.channel}`)} · {e.summary}
                  </li>
                ))}
              </ul>
              {data.canEdit && !s.archivedAt ? (
                <div className="mt-4 space-y-4">
                  <details>
                    <summary className="cursor-pointer font-semibold text-brand-700">{t("logExchange")}</summary>
                    <ExchangeForm stakeholderId={s.id} agreed={s.sharing} today={today} />
                  </details>
                  <details>
                    <summary className="cursor-pointer font-semibold text-brand-700">{t("editTitle", { organisation: s.organisation })}</summary>
                    <StakeholderForm
                      learnerId={id}
                      initial={{
                        stakeholderId: s.id,
                        kind: s.kind,
                        organisation: s.organisation,
                        personName: s.personName ?? "",
                        roleTitle: s.roleTitle ?? "",
                        email: s.email ?? "",
                        phone: s.phone ?? "",
                        sharing: s.sharing,
                      }}
                    />
                  </details>
                  <ArchiveButton stakeholderId={s.id} organisation={s.organisation} />
                </div>
              ) : null}
            </article>
          </li>
        ))}
      </ul>
      {data.canEdit ? (
        <section aria-labelledby="add-title" className="rounded border border-slate-300 bg-white p-4">
          <h2 id="add-title" className="text-lg font-semibold">
            {t("add")}
          </h2>
          <StakeholderForm learnerId={id} />
        </section>
      ) : null}
      </ClientMessages>
    </>
  );
}
