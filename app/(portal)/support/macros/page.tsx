import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";
import { listMacros } from "@/lib/server/data/macros";
import { variablesHint } from "@/lib/server/views/team-tools";
import { PageHeading } from "@/components/ui/page-heading";
import { Table, Tbody, Td, Th, Thead, Tr } from "@/components/ui/table";
import { ClientMessages } from "@/components/intl/client-messages";
import { MacroForm } from "../_components/macro-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("teamTools.macros");
  return { title: t("title") };
}

/** The macros, for support and the Mentorship Manager; only the manager creates and edits them. */
export default async function MacrosPage() {
  const actor = await requireRole(["SUPPORT", "MENTORSHIP_MANAGER"]);
  const [t, locales, statuses, macros, hint] = await Promise.all([
    getTranslations("teamTools.macros"),
    getTranslations("teamTools.locales"),
    getTranslations("requestStatus"),
    listMacros(actor),
    variablesHint(),
  ]);
  const editor = actor.role === "MENTORSHIP_MANAGER";
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      {macros.length === 0 ? (
        <p className="mb-8">{t("none")}</p>
      ) : (
        <Table caption={t("caption", { count: macros.length })}>
          <Thead>
            <Tr>
              <Th>{t("columns.title")}</Th>
              <Th>{t("columns.locale")}</Th>
              <Th>{t("columns.does")}</Th>
              {editor ? <Th>{t("columns.actions")}</Th> : null}
            </Tr>
          </Thead>
          <Tbody>
            {macros.map((m) => (
              <Tr key={m.id}>
                <Th scope="row" className="font-medium">
                  {m.title}
                </Th>
                <Td>{locales(m.locale)}</Td>
                <Td>{t("does", { reply: m.reply ? "yes" : "no", status: m.status ? statuses(m.status) : t("noStatus"), assignment: t(`assignments.${m.assignment}`) })}</Td>
                {editor ? (
                  <Td>
                    <Link href={`/support/macros/${m.id}`} aria-label={`${t("edit")} — ${m.title}`}>
                      {t("edit")}
                    </Link>
                  </Td>
                ) : null}
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
      {editor ? (
        <section aria-labelledby="new-macro-heading" className="mt-8 max-w-2xl">
          <h2 id="new-macro-heading" className="mb-4 text-lg font-semibold">
            {t("new")}
          </h2>
          <ClientMessages namespaces={["teamTools", "requestStatus"]}>
            <MacroForm variablesHint={hint} />
          </ClientMessages>
        </section>
      ) : null}
    </>
  );
}
