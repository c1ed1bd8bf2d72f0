import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";
import { listMyRequests } from "@/lib/server/data/my-requests";
import { PageHeading } from "@/components/ui/page-heading";
import { MyRequestList } from "@/components/contact/my-request-list";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("contact.list");
  return { title: t("learnerTitle") };
}

export default async function LearnerRequestsPage() {
  const actor = await requireRole(["LEARNER"]);
  const [t, rows] = await Promise.all([getTranslations("contact.list"), listMyRequests(actor)]);
  return (
    <>
      <PageHeading title={t("learnerTitle")} intro={t("learnerIntro")} />
      <p className="mb-6">
        <Link href="/learner/contact">{t("newRequest")}</Link>
      </p>
      <MyRequestList rows={rows} basePath="/learner/requests" mentor={false} />
    </>
  );
}
