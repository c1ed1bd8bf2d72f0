import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";
import { getMyAdvisor } from "@/lib/server/data/contact";
import { LEARNER_TOPICS, MENTOR_TOPICS } from "@/lib/domain/responsibility";
import { PageHeading } from "@/components/ui/page-heading";
import { ClientMessages } from "@/components/intl/client-messages";
import { LearnerContactForm } from "@/components/contact/learner-contact-form";
import { submitLearnerRequest } from "./actions";
import { attachmentMaxBytes } from "@/lib/domain/attachments";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("contact.learnerForm");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LearnerContactPage({ searchParams }: Props) {
  const actor = await requireRole(["LEARNER"]);
  const [t, topics, advisor, params] = await Promise.all([getTranslations("contact.learnerForm"), getTranslations("topics"), getMyAdvisor(actor), searchParams]);
  // A mentor's invitation links here with the topic to preselect.
  const initialTopic = LEARNER_TOPICS.find((code) => code === params.topic) ?? "";
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      <p className="mb-6 font-medium">{advisor ? t("toAdvisor", { name: advisor.name }) : t("toSupport")}</p>
      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        <ClientMessages namespaces={["contact", "topics", "requestStatus", "attachments", "complaints", "callback"]}>
          <LearnerContactForm initialTopic={initialTopic} action={submitLearnerRequest} maxMegabytes={attachmentMaxBytes(process.env) / (1024 * 1024)} />
        </ClientMessages>
        <aside aria-labelledby="mentor-column" className="h-fit rounded border border-slate-300 bg-white p-4">
          <h2 id="mentor-column" className="text-lg font-semibold">
            {t("mentorColumnTitle")}
          </h2>
          <p className="mt-2 text-sm text-slate-800">{t("mentorColumnIntro")}</p>
          <ul className="mt-3 list-disc space-y-1 pl-5 text-sm">
            {MENTOR_TOPICS.map((code) => (
              <li key={code}>{topics(code)}</li>
            ))}
          </ul>
        </aside>
      </div>
    </>
  );
}
