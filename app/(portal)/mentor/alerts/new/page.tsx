import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";
import { listAlertableLearners, listLastNudges } from "@/lib/server/data/contact";
import { PageHeading } from "@/components/ui/page-heading";
import { ClientMessages } from "@/components/intl/client-messages";
import { MentorAlertForm } from "@/components/contact/mentor-alert-form";
import { previewNudgeAction, sendNudge, submitMentorAlert } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("contact.mentorForm");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewAlertPage({ searchParams }: Props) {
  const actor = await requireRole(["MENTOR"]);
  const [t, learners, lastNudges, params] = await Promise.all([
    getTranslations("contact.mentorForm"),
    listAlertableLearners(actor),
    listLastNudges(actor),
    searchParams,
  ]);
  // A learner row of the mentor's space links here with the learner preselected.
  const initialLearnerId = learners.find((l) => l.id === params.learner)?.id ?? "";
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      {learners.length === 0 ? (
        <p>{t("noLearners")}</p>
      ) : (
        <ClientMessages namespaces={["contact", "topics", "requestStatus"]}>
          <MentorAlertForm
            learners={learners}
            initialLearnerId={initialLearnerId}
            submit={submitMentorAlert}
            previewNudge={previewNudgeAction}
            nudge={sendNudge}
            lastNudges={lastNudges}
          />
        </ClientMessages>
      )}
    </>
  );
}
