import type { Metadata } from "next";
import { requireRole, orNotFound } from "@/lib/server/auth/session";
import { getLearnerFile } from "@/lib/server/data/learner-file";
import { getMessages } from "@/lib/i18n/server";
import { LearnerFileView } from "@/components/learner-file/learner-file-view";
import { BreakDecisionForm } from "./break-decision-form";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.advisor.learner };
}

export default async function LearnerFilePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole(["ADVISOR"]);
  const { id } = await params;
  const [{ locale, m }, file] = await Promise.all([getMessages(), orNotFound(getLearnerFile(actor, id))]);
  return (
    <LearnerFileView
      id={id}
      file={file}
      decideBreak={(b) => <BreakDecisionForm learnerId={b.learnerId} breakId={b.breakId} startDate={b.startDate} endDate={b.endDate} m={m} />}
      locale={locale}
      m={m}
    />
  );
}
