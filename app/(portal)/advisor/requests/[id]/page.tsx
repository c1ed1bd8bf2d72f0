import type { Metadata } from "next";
import { loadStaffThread, staffThreadView } from "@/lib/server/views/request-thread";
import { ThreadView } from "@/components/triage/thread-view";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadStaffThread("advisor", (await params).id)).thread.subject };
}

export default async function AdvisorRequestPage({ params }: Props) {
  const view = await staffThreadView("advisor", (await params).id);
  return <ThreadView {...view} listPath="/advisor/requests" />;
}
