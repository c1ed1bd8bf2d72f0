import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { orNotFound, requireRole } from "@/lib/server/auth/session";
import { now } from "@/lib/server/clock";
import { previewErasure } from "@/lib/server/data/erasure";
import { findPrivacyLearners } from "@/lib/server/data/legal-holds";
import { isRecordId } from "@/lib/schemas/fields";
import { learnerLookupSchema } from "@/lib/schemas/special-category";
import { RETENTION_SCHEDULE, DATA_CLASSES } from "@/lib/domain/retention";
import { schoolDateTime } from "@/lib/domain/week";
import type { AppLocale } from "@/lib/i18n";
import { dates } from "@/lib/i18n/dates";
import { PageHeading } from "@/components/ui/page-heading";
import { Input } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Table, Tbody, Td, Th, Thead, Tr } from "@/components/ui/table";
import { ClientMessages } from "@/components/intl/client-messages";
import { AdminExportForm } from "./_components/export-form";
import { EraseLearnerForm } from "./_components/erase-form";
import { LegalHoldForm, LiftLegalHold } from "./_components/hold-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("specialCategory.admin");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

/**
 * The admin's privacy tools (GDPR art. 15 and 17): find a learner, export their data for a
 * written request, set or lift a legal hold, preview and run an erasure on request. The
 * layout answers 404 to anyone but an admin; every data function checks again.
 */
export default async function AdminPrivacy({ searchParams }: Props) {
  const actor = await requireRole(["ADMIN"]);
  const params = await searchParams;
  const lookup = learnerLookupSchema.safeParse({ q: one(params.q) ?? "" });
  const q = lookup.success ? lookup.data.q : "";
  const learnerId = one(params.learner);
  const at = now();
  const [t, locale, found, preview] = await Promise.all([
    getTranslations("specialCategory.admin"),
    getLocale(),
    q ? findPrivacyLearners(actor, q) : Promise.resolve(null),
    learnerId && isRecordId(learnerId) ? orNotFound(previewErasure(actor, learnerId, at)) : Promise.resolve(null),
  ]);
  const d = dates(locale as AppLocale);
  const day = (date: Date) => d.day(date);
  const erased = preview ? !preview.learner.active && preview.learner.email.endsWith("@invalid") : false;
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      <section aria-labelledby="search-title" className="mb-8">
        <h2 id="search-title" className="mb-2 text-xl font-semibold">
          {t("searchTitle")}
        </h2>
        <form method="get" action="/admin/privacy" role="search" aria-labelledby="search-title" className="flex flex-wrap items-end gap-4">
          <Input id="q" name="q" type="search" label={t("search")} defaultValue={q} maxLength={320} className="w-80" />
          <Button type="submit">{t("find")}</Button>
        </form>
        {found && found.length === 0 ? <p className="mt-3">{t("notFound")}</p> : null}
        {found && found.length > 0 ? (
          <div className="mt-4">
            <Table caption={t("resultsCaption")} captionHidden>
              <Thead>
                <Tr>
                  <Th>{t("name")}</Th>
                  <Th>{t("email")}</Th>
                  <Th>
                    <span className="sr-only">{t("choose")}</span>
                  </Th>
                </Tr>
              </Thead>
              <Tbody>
                {found.map((l) => (
                  <Tr key={l.id}>
                    <Th scope="row">
                      {l.name}
                      {l.active ? null : ` (${t("inactive")})`}
                    </Th>
                    <Td>{l.email}</Td>
                    <Td>
                      <Link href={`/admin/privacy?${new URLSearchParams({ q, learner: l.id })}`} aria-label={t("chooseLabel", { name: l.name })} aria-current={l.id === learnerId ? "true" : undefined}>
                        {t("choose")}
                      </Link>
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          </div>
        ) : null}
      </section>

      {preview ? (
        <ClientMessages namespaces={["forms", "specialCategory"]}>
          <h2 className="mb-4 border-t-2 border-slate-300 pt-6 text-2xl font-bold">{t("learnerTitle", { name: preview.learner.name })}</h2>
          <p className="mb-6">{preview.learner.email}</p>

          <section aria-labelledby="export-title" className="mb-10">
            <h3 id="export-title" className="mb-2 text-xl font-semibold">
              {t("exportTitle")}
            </h3>
            <p className="mb-2 max-w-prose">{t("exportIntro")}</p>
            <p className="mb-4 max-w-prose">{t("exportNote")}</p>
            <AdminExportForm learnerId={preview.learner.id} today={schoolDateTime(at).date} />
          </section>

          <section aria-labelledby="hold-title" className="mb-10">
            <h3 id="hold-title" className="mb-2 text-xl font-semibold">
              {t("holdTitle")}
            </h3>
            <p className="mb-2 max-w-prose">{t("holdIntro")}</p>
            <p className="mb-4 font-semibold">
              {preview.legalHold
                ? t(preview.legalHold.inForce ? "holdInForce" : "holdEnded", { date: day(preview.legalHold.endsOn), reason: preview.legalHold.reason })
                : t("holdNone")}
            </p>
            {erased ? null : (
              <div className="space-y-4">
                <LegalHoldForm
                  learnerId={preview.learner.id}
                  hold={preview.legalHold ? { reason: preview.legalHold.reason, endsOn: preview.legalHold.endsOn.toISOString().slice(0, 10) } : null}
                />
                {preview.legalHold ? <LiftLegalHold learnerId={preview.learner.id} /> : null}
              </div>
            )}
          </section>

          <section aria-labelledby="preview-title" className="mb-10">
            <h3 id="preview-title" className="mb-2 text-xl font-semibold">
              {t("previewTitle")}
            </h3>
            <p className="mb-4 max-w-prose">{t("previewIntro")}</p>
            <h4 className="mb-2 text-lg font-semibold">{t("goes")}</h4>
            <Table caption={t("goesCaption")} captionHidden>
              <Thead>
                <Tr>
                  <Th>{t("what")}</Th>
                  <Th>{t("fate")}</Th>
                  <Th>{t("count")}</Th>
                </Tr>
              </Thead>
              <Tbody>
                {preview.goes.map((line) => (
                  <Tr key={line.key}>
                    <Th scope="row">{t(`lines.${line.key}`)}</Th>
                    <Td>{t(`fates.${line.fate}`)}</Td>
                    <Td>{line.count}</Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
            <h4 className="mb-2 mt-6 text-lg font-semibold">{t("stays")}</h4>
            <Table caption={t("staysCaption")} captionHidden>
              <Thead>
                <Tr>
                  <Th>{t("what")}</Th>
                  <Th>{t("count")}</Th>
                  <Th>{t("reason")}</Th>
                  <Th>{t("until")}</Th>
                </Tr>
              </Thead>
              <Tbody>
                {preview.stays.map((line) => (
                  <Tr key={line.key}>
                    <Th scope="row">{t(`lines.${line.key}`)}</Th>
                    <Td>{line.count}</Td>
                    <Td>{line.reason ? t(`reasons.${line.reason}`) : ""}</Td>
                    <Td>{line.dataClass ? t("keptFor", { count: RETENTION_SCHEDULE[line.dataClass].months, dataClass: t(`classes.${line.dataClass}`) }) : ""}</Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          </section>

          <section aria-labelledby="erase-title" className="mb-10">
            <h3 id="erase-title" className="mb-2 text-xl font-semibold">
              {t("eraseTitle")}
            </h3>
            {erased ? (
              <p>{t("alreadyErased")}</p>
            ) : preview.legalHold?.inForce ? (
              <p className="font-semibold">{t("legalHold")}</p>
            ) : (
              <EraseLearnerForm learnerId={preview.learner.id} name={preview.learner.name} />
            )}
          </section>
        </ClientMessages>
      ) : null}

      <section aria-labelledby="retention-title">
        <h2 id="retention-title" className="mb-2 text-xl font-semibold">
          {t("retentionTitle")}
        </h2>
        <Table caption={t("retentionCaption")} captionHidden>
          <Thead>
            <Tr>
              <Th>{t("dataClass")}</Th>
              <Th>{t("period")}</Th>
              <Th>{t("action")}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {DATA_CLASSES.map((c) => (
              <Tr key={c}>
                <Th scope="row">{t(`classes.${c}`)}</Th>
                <Td>{t("months", { count: RETENTION_SCHEDULE[c].months })}</Td>
                <Td>{t(`actions.${RETENTION_SCHEDULE[c].action}`)}</Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      </section>
    </>
  );
}
