import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireRole, orNotFound } from "@/lib/server/auth/session";
import { getLearnerFile } from "@/lib/server/data/learner-file";
import { getLearnerRisk } from "@/lib/server/data/caseload";
import { LearnerFileView } from "@/components/learner-file/learner-file-view";
import { ClientMessages } from "@/components/intl/client-messages";
import { BreakDecisionForm } from "./break-decision-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("advisor");
  return { title: t("learner") };
}

export default async function LearnerFilePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole(["ADVISOR"]);
  const { id } = await params;
  const [file, risk] = await orNotFound(Promise.all([getLearnerFile(actor, id), getLearnerRisk(actor, id)]));
  return (
    <LearnerFileView
      id={id}
      file={file}
      risk={risk}
      decideBreak={(b) => (
        <ClientMessages namespaces={["learnerFile", "cases"]}>
          <BreakDecisionForm breakId={b.breakId} startDate={b.startDate} endDate={b.endDate} position={b.position} />
        </ClientMessages>
      )}
    />
  );
}
