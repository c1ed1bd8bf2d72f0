import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireRole, orNotFound } from "@/lib/server/auth/session";
import { getLearnerFile } from "@/lib/server/data/learner-file";
import { LearnerFileView } from "@/components/learner-file/learner-file-view";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("advisor");
  return { title: t("learner") };
}

/** Support and the Mentorship Manager read any learner's follow-up file (no changes). */
export default async function SupportLearnerFilePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole(["SUPPORT", "MENTORSHIP_MANAGER"]);
  const { id } = await params;
  const [nav, file] = await Promise.all([getTranslations("nav"), orNotFound(getLearnerFile(actor, id))]);
  return <LearnerFileView id={id} file={file} back={{ href: "/support", label: nav("supportHome") }} />;
}
