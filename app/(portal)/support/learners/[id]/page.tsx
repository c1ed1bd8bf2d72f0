import type { Metadata } from "next";
import { requireRole, orNotFound } from "@/lib/server/auth/session";
import { getLearnerFile } from "@/lib/server/data/learner-file";
import { getMessages } from "@/lib/i18n/server";
import { LearnerFileView } from "@/components/learner-file/learner-file-view";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.advisor.learner };
}

/** Support and the Mentorship Manager read any learner's follow-up file (no changes). */
export default async function SupportLearnerFilePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole(["SUPPORT", "MENTORSHIP_MANAGER"]);
  const { id } = await params;
  const [{ locale, m }, file] = await Promise.all([getMessages(), orNotFound(getLearnerFile(actor, id))]);
  return <LearnerFileView id={id} file={file} back={{ href: "/support", label: m.nav.supportHome }} locale={locale} m={m} />;
}
