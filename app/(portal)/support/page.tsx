import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";
import { countInboxQueues, listInbox } from "@/lib/server/data/inbox";
import { parseInboxFilters } from "@/lib/domain/inbox";
import { PageHeading } from "@/components/ui/page-heading";
import { InboxView } from "@/components/triage/inbox-view";
import { getTeamTools } from "@/lib/server/data/saved-views";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("triage");
  return { title: t("inboxTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SupportInbox({ searchParams }: Props) {
  const actor = await requireRole(["SUPPORT", "MENTORSHIP_MANAGER"]);
  const filters = parseInboxFilters(await searchParams, "triage");
  const now = new Date();
  const [t, page, counts, teamTools] = await Promise.all([getTranslations("triage"), listInbox(actor, filters, now), countInboxQueues(actor), getTeamTools(actor)]);
  return (
    <>
      <PageHeading title={t("inboxTitle")} intro={t("inboxIntro")} />
      <InboxView basePath="/support" threadPath="/support/requests" filters={filters} page={page} counts={counts} queues={["triage", "mine", "advisor", "open"]} teamTools={teamTools} now={now} />
    </>
  );
}
