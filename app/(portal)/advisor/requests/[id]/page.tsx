import { staffThreadMetadata, staffThreadView } from "@/lib/server/views/request-thread";
import { ThreadView } from "@/components/triage/thread-view";
import { ClientMessages } from "@/components/intl/client-messages";
import { BreakDecisionForm } from "../../learners/[id]/break-decision-form";

export const generateMetadata = staffThreadMetadata("advisor");

export default async function AdvisorRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const view = await staffThreadView("advisor", (await params).id);
  const pending = view.thread.break?.status === "REQUESTED" ? view.thread.break : null;
  // The learner's own advisor decides, here as in the learner file (the data function checks it again).
  const breakDecision =
    pending && view.thread.learner.advisorId === view.actorId ? (
      <ClientMessages namespaces={["learnerFile", "cases"]}>
        <BreakDecisionForm breakId={pending.id} startDate={pending.startDate.toISOString().slice(0, 10)} endDate={pending.endDate.toISOString().slice(0, 10)} />
      </ClientMessages>
    ) : null;
  return <ThreadView {...view} listPath="/advisor/requests" breakDecision={breakDecision} />;
}
