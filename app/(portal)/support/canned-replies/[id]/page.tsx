import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { orNotFound, requireRole } from "@/lib/server/auth/session";
import { getCannedReply } from "@/lib/server/data/canned-replies";
import { PageHeading } from "@/components/ui/page-heading";
import { ClientMessages } from "@/components/intl/client-messages";
import { CannedReplyForm, DeleteCannedReplyForm } from "../../_components/canned-reply-form";
import { variablesHint } from "@/lib/server/views/team-tools";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("teamTools.canned");
  return { title: t("editTitle") };
}

export default async function EditCannedReplyPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole(["SUPPORT", "MENTORSHIP_MANAGER"]);
  const reply = await orNotFound(getCannedReply(actor, (await params).id));
  const [t, hint] = await Promise.all([getTranslations("teamTools.canned"), variablesHint()]);
  const existing = { id: reply.id, version: reply.version, title: reply.title, locale: reply.locale, scope: reply.ownerId ? ("PERSONAL" as const) : ("SHARED" as const), body: reply.body };
  return (
    <>
      <p className="mb-4">
        <Link href="/support/canned-replies">{t("back")}</Link>
      </p>
      <PageHeading title={t("editTitle")} intro={reply.title} />
      <div className="max-w-2xl space-y-8">
        <ClientMessages namespaces={["teamTools"]}>
          <CannedReplyForm key={`${reply.id}-${reply.version}`} existing={existing} variablesHint={hint} />
          <DeleteCannedReplyForm id={reply.id} title={reply.title} />
        </ClientMessages>
      </div>
    </>
  );
}
