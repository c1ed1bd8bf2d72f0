import { staffThreadMetadata, staffThreadView } from "@/lib/server/views/request-thread";
import { ThreadView } from "@/components/triage/thread-view";

export const generateMetadata = staffThreadMetadata("advisor");

export default async function AdvisorRequestPage({ params }: { params: Promise<{ id: string }> }) {
  return <ThreadView {...await staffThreadView("advisor", (await params).id)} listPath="/advisor/requests" />;
}
