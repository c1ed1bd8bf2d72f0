import type { Metadata } from "next";
import { requireRole } from "@/lib/server/auth/session";
import { listAlertableLearners } from "@/lib/server/data/contact";
import { getMessages } from "@/lib/i18n/server";
import { PageHeading } from "@/components/ui/page-heading";
import { MentorAlertForm } from "@/components/contact/mentor-alert-form";
import { sendNudge, submitMentorAlert } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.contact.mentorForm.title };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewAlertPage({ searchParams }: Props) {
  const actor = await requireRole(["MENTOR"]);
  const [{ m }, learners, params] = await Promise.all([getMessages(), listAlertableLearners(actor), searchParams]);
  const t = m.contact.mentorForm;
  // A learner row of the mentor's space links here with the learner preselected.
  const initialLearnerId = learners.find((l) => l.id === params.learner)?.id ?? "";
  return (
    <>
      <PageHeading title={t.title} intro={t.intro} />
      {learners.length === 0 ? (
        <p>{t.noLearners}</p>
      ) : (
        <MentorAlertForm m={m} learners={learners} initialLearnerId={initialLearnerId} submit={submitMentorAlert} nudge={sendNudge} />
      )}
    </>
  );
}
