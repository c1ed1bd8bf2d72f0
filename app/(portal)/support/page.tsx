import type { Metadata } from "next";
import { requireRole } from "@/lib/server/auth/session";
import { countInboxQueues, listInbox } from "@/lib/server/data/inbox";
import { parseInboxFilters } from "@/lib/domain/inbox";
import { getMessages } from "@/lib/i18n/server";
import { PageHeading } from "@/components/ui/page-heading";
import { InboxView } from "@/components/triage/inbox-view";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.triage.inboxTitle };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SupportInbox({ searchParams }: Props) {
  const actor = await requireRole(["SUPPORT", "MENTORSHIP_MANAGER"]);
  const filters = parseInboxFilters(await searchParams, "triage");
  const now = new Date();
  const [{ locale, m }, page, counts] = await Promise.all([getMessages(), listInbox(actor, filters, now), countInboxQueues(actor)]);
  return (
    <>
      <PageHeading title={m.triage.inboxTitle} intro={m.triage.inboxIntro} />
      <InboxView basePath="/support" threadPath="/support/requests" filters={filters} page={page} counts={counts} queues={["triage", "mine", "advisor", "open"]} m={m} locale={locale} now={now} />
    </>
  );
}
