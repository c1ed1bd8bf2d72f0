import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";
import { listCannedReplies } from "@/lib/server/data/canned-replies";
import { variablesHint } from "@/lib/server/views/team-tools";
import { PageHeading } from "@/components/ui/page-heading";
import { Table, Tbody, Td, Th, Thead, Tr } from "@/components/ui/table";
import { ClientMessages } from "@/components/intl/client-messages";
import { CannedReplyForm } from "../_components/canned-reply-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("teamTools.canned");
  return { title: t("title") };
}

export default async function CannedRepliesPage() {
  const actor = await requireRole(["SUPPORT", "MENTORSHIP_MANAGER"]);
  const [t, locales, replies, hint] = await Promise.all([getTranslations("teamTools.canned"), getTranslations("teamTools.locales"), listCannedReplies(actor), variablesHint()]);
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      {replies.length === 0 ? (
        <p className="mb-8">{t("none")}</p>
      ) : (
        <Table caption={t("caption", { count: replies.length })}>
          <Thead>
            <Tr>
              <Th>{t("columns.title")}</Th>
              <Th>{t("columns.locale")}</Th>
              <Th>{t("columns.scope")}</Th>
              <Th>{t("columns.actions")}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {replies.map((r) => (
              <Tr key={r.id}>
                <Th scope="row" className="font-medium">
                  {r.title}
                </Th>
                <Td>{locales(r.locale)}</Td>
                <Td>{r.ownerId ? t("scopes.PERSONAL") : t("scopes.SHARED")}</Td>
                <Td>
                  <Link href={`/support/canned-replies/${r.id}`} aria-label={`${t("edit")} — ${r.title}`}>
                    {t("edit")}
                  </Link>
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
      <section aria-labelledby="new-reply-heading" className="mt-8 max-w-2xl">
        <h2 id="new-reply-heading" className="mb-4 text-lg font-semibold">
          {t("new")}
        </h2>
        <ClientMessages namespaces={["teamTools"]}>
          <CannedReplyForm variablesHint={hint} />
        </ClientMessages>
      </section>
    </>
  );
}
