import type { Metadata } from "next";
import { requireRole } from "@/lib/server/auth/session";
import { listMentorLearnerOptions } from "@/lib/server/data/sessions";
import { getMessages } from "@/lib/i18n/server";
import { schoolDateTime } from "@/lib/domain/week";
import { PageHeading } from "@/components/ui/page-heading";
import { PlanSessionForm } from "./plan-form";
import { sessionFormMessages } from "../session-messages";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.sessions.plan.title };
}

export default async function PlanSessionPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole(["MENTOR"]);
  const [{ m }, learners, params] = await Promise.all([getMessages(), listMentorLearnerOptions(actor), searchParams]);
  const t = m.sessions.plan;
  // Only one of the mentor's own learners can be preselected.
  const wanted = typeof params.learner === "string" ? params.learner : "";
  const learnerId = learners.some((l) => l.id === wanted) ? wanted : "";
  return (
    <>
      <PageHeading title={t.title} intro={t.intro} />
      {learners.length === 0 ? (
        <p>{t.noLearner}</p>
      ) : (
        <PlanSessionForm
          learners={learners}
          defaults={{ learnerId, kind: "MENTORING", date: schoolDateTime(new Date()).date, time: "", durationMinutes: "45" }}
          m={sessionFormMessages(m)}
        />
      )}
    </>
  );
}
