import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";
import { listMentorLearnerOptions } from "@/lib/server/data/sessions";
import { schoolDateTime } from "@/lib/domain/week";
import { PageHeading } from "@/components/ui/page-heading";
import { ClientMessages } from "@/components/intl/client-messages";
import { LogPastSessionForm } from "./log-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("sessions.logPast");
  return { title: t("title") };
}

export default async function LogPastSessionPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole(["MENTOR"]);
  const [t, plan, learners, params] = await Promise.all([getTranslations("sessions.logPast"), getTranslations("sessions.plan"), listMentorLearnerOptions(actor), searchParams]);
  const wanted = typeof params.learner === "string" ? params.learner : "";
  const learnerId = learners.some((l) => l.id === wanted) ? wanted : "";
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      {learners.length === 0 ? (
        <p>{plan("noLearner")}</p>
      ) : (
        <ClientMessages namespaces={["sessions", "sessionKind", "sessionStatus"]}>
          <LogPastSessionForm
            learners={learners}
            defaults={{ learnerId, kind: "MENTORING", date: schoolDateTime(new Date()).date, time: "", durationMinutes: "45", status: "HELD", learnerNote: "", privateNote: "" }}
          />
        </ClientMessages>
      )}
    </>
  );
}
