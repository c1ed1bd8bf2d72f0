import type { Metadata } from "next";
import { requireRole } from "@/lib/server/auth/session";
import { getTranslations } from "next-intl/server";
import { IMPORT_COLUMNS, IMPORT_KINDS, OPTIONAL_IMPORT_COLUMNS } from "@/lib/domain/import-csv";
import { TableScroll } from "@/components/ui/table";
import { PageHeading, tableClass, tdClass, thClass } from "@/components/ui/page-heading";
import { ClientMessages } from "@/components/intl/client-messages";
import { ImportForm } from "./import-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.import");
  return { title: t("title") };
}

export default async function ImportPage() {
  await requireRole(["ADMIN"]);
  const t = await getTranslations("admin.import");
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      <ClientMessages namespaces={["admin"]}>
        <ImportForm />
      </ClientMessages>
      <section aria-labelledby="columns-heading" className="mt-10">
        <h2 id="columns-heading" className="text-lg font-bold">{t("columnsTitle")}</h2>
        {IMPORT_KINDS.map((kind) => (
          <div key={kind} className="mt-4">
            <TableScroll labelledBy={`columns-${kind}`}>
            <table className={tableClass}>
              <caption id={`columns-${kind}`} className="mb-2 text-left font-semibold">{t("columnsCaption", { kind: t(`kinds.${kind}`) })}</caption>
              <thead>
                <tr>
                  <th scope="col" className={thClass}>{t("column")}</th>
                  <th scope="col" className={thClass}>{t("meaning")}</th>
                  <th scope="col" className={thClass}>{t("required")}</th>
                </tr>
              </thead>
              <tbody>
                {IMPORT_COLUMNS[kind].map((column) => (
                  <tr key={column}>
                    <th scope="row" className={`${tdClass} font-mono`}>{column}</th>
                    <td className={tdClass}>{t(`columnHelp.${column}`)}</td>
                    <td className={tdClass}>{OPTIONAL_IMPORT_COLUMNS.has(column) ? t("no") : t("yes")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            </TableScroll>
            <p className="mt-2">
              <a href={`/admin/import/template/${kind}`} download>
                {t("template", { kind: t(`kinds.${kind}`) })}
              </a>
            </p>
          </div>
        ))}
      </section>
    </>
  );
}
