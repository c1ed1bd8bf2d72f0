import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";
import { countInboxQueues, listInbox } from "@/lib/server/data/inbox";
import { parseInboxFilters } from "@/lib/domain/inbox";
import { PageHeading } from "@/components/ui/page-heading";
import { InboxView } from "@/components/triage/inbox-view";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("triage");
  return { title: t("advisorInboxTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdvisorRequests({ searchParams }: Props) {
  const actor = await requireRole(["ADVISOR"]);
  const filters = parseInboxFilters(await searchParams, "mine");
  if (filters.queue === "triage" || filters.queue === "advisor") filters.queue = "mine";
  const now = new Date();
  const [t, page, counts] = await Promise.all([getTranslations("triage"), listInbox(actor, filters, now), countInboxQueues(actor)]);
  return (
    <>
      <PageHeading title={t("advisorInboxTitle")} intro={t("advisorInboxIntro")} />
      <InboxView basePath="/advisor/requests" threadPath="/advisor/requests" filters={filters} page={page} counts={counts} queues={["mine", "open"]} now={now} />
    </>
  );
}
