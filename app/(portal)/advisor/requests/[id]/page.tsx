import { staffThreadMetadata, staffThreadView } from "@/lib/server/views/request-thread";
import { ThreadView } from "@/components/triage/thread-view";
import { ClientMessages } from "@/components/intl/client-messages";
import { BreakDecision } from "../../learners/[id]/break-decision-form";

export const generateMetadata = staffThreadMetadata("advisor");

export default async function AdvisorRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const view = await staffThreadView("advisor", (await params).id);
  const asked = view.thread.break;
  // The learner's own advisor decides, here as in the learner file (the data function checks it again).
  const breakDecision =
    asked && view.thread.learner.advisorId === view.actorId ? (
      <ClientMessages namespaces={["learnerFile", "cases"]}>
        <BreakDecision
          breakId={asked.id}
          startDate={asked.startDate.toISOString().slice(0, 10)}
          endDate={asked.endDate.toISOString().slice(0, 10)}
          decided={asked.status === "REQUESTED" ? null : asked.status}
        />
      </ClientMessages>
    ) : null;
  return <ThreadView {...view} listPath="/advisor/requests" breakDecision={breakDecision} />;
}
