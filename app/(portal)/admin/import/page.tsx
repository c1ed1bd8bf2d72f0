import type { Metadata } from "next";
import { requireRole } from "@/lib/server/auth/session";
import { getTranslations } from "next-intl/server";
import { IMPORT_COLUMNS, IMPORT_KINDS, OPTIONAL_IMPORT_COLUMNS } from "@/lib/domain/import-csv";
import { Table, Tbody, Td, Th, Thead, Tr } from "@/components/ui/table";
import { PageHeading } from "@/components/ui/page-heading";
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
            <Table caption={t("columnsCaption", { kind: t(`kinds.${kind}`) })}>
              <Thead>
                <Tr>
                  <Th>{t("column")}</Th>
                  <Th>{t("meaning")}</Th>
                  <Th>{t("required")}</Th>
                </Tr>
              </Thead>
              <Tbody>
                {IMPORT_COLUMNS[kind].map((column) => (
                  <Tr key={column}>
                    <Th scope="row" className="font-mono">
                      {column}
                    </Th>
                    <Td>{t(`columnHelp.${column}`)}</Td>
                    <Td>{OPTIONAL_IMPORT_COLUMNS.has(column) ? t("no") : t("yes")}</Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
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
