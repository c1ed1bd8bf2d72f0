import { staffThreadMetadata, staffThreadView } from "@/lib/server/views/request-thread";
import { ThreadView } from "@/components/triage/thread-view";

export const generateMetadata = staffThreadMetadata("support");

export default async function SupportRequestPage({ params }: { params: Promise<{ id: string }> }) {
  return <ThreadView {...await staffThreadView("support", (await params).id)} listPath="/support" />;
}
