import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/server/auth/session";
import { listMentorLearnerOptions } from "@/lib/server/data/sessions";
import { getTranslations } from "next-intl/server";
import { schoolDateTime } from "@/lib/domain/week";
import { PageHeading } from "@/components/ui/page-heading";
import { ClientMessages } from "@/components/intl/client-messages";
import { PlanSessionForm } from "./plan-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("sessions.plan");
  return { title: t("title") };
}

export default async function PlanSessionPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole(["MENTOR"]);
  const [t, learners, params] = await Promise.all([getTranslations("sessions.plan"), listMentorLearnerOptions(actor), searchParams]);
  // Only one of the mentor's own learners can be preselected.
  const wanted = typeof params.learner === "string" ? params.learner : "";
  const learnerId = learners.some((l) => l.id === wanted) ? wanted : "";
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      <p className="mb-6">
        <Link href={`/mentor/sessions/log${learnerId ? `?learner=${learnerId}` : ""}`}>{t("logInstead")}</Link>
      </p>
      {learners.length === 0 ? (
        <p>{t("noLearner")}</p>
      ) : (
        <ClientMessages namespaces={["sessions", "sessionKind"]}>
          <PlanSessionForm learners={learners} defaults={{ learnerId, kind: "MENTORING", date: schoolDateTime(new Date()).date, time: "", durationMinutes: "45" }} />
        </ClientMessages>
      )}
    </>
  );
}
