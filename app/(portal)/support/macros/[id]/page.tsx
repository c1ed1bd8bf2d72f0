import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { orNotFound, requireRole } from "@/lib/server/auth/session";
import { getMacro } from "@/lib/server/data/macros";
import { variablesHint } from "@/lib/server/views/team-tools";
import { PageHeading } from "@/components/ui/page-heading";
import { ClientMessages } from "@/components/intl/client-messages";
import { DeleteMacroForm, MacroForm } from "../../_components/macro-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("teamTools.macros");
  return { title: t("editTitle") };
}

/** Editing a macro: the Mentorship Manager only (support gets a 404 here). */
export default async function EditMacroPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole(["MENTORSHIP_MANAGER"]);
  const macro = await orNotFound(getMacro(actor, (await params).id));
  const [t, hint] = await Promise.all([getTranslations("teamTools.macros"), variablesHint()]);
  const existing = { id: macro.id, version: macro.version, title: macro.title, locale: macro.locale, reply: macro.reply ?? "", status: macro.status ?? ("" as const), assignment: macro.assignment };
  return (
    <>
      <p className="mb-4">
        <Link href="/support/macros">{t("back")}</Link>
      </p>
      <PageHeading title={t("editTitle")} intro={macro.title} />
      <div className="max-w-2xl space-y-8">
        <ClientMessages namespaces={["teamTools", "requestStatus"]}>
          <MacroForm key={`${macro.id}-${macro.version}`} existing={existing} variablesHint={hint} />
          <DeleteMacroForm id={macro.id} title={macro.title} />
        </ClientMessages>
      </div>
    </>
  );
}
