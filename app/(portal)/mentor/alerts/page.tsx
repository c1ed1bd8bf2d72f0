import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";
import { listMyRequests } from "@/lib/server/data/my-requests";
import { PageHeading } from "@/components/ui/page-heading";
import { MyRequestList } from "@/components/contact/my-request-list";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("contact.list");
  return { title: t("mentorTitle") };
}

export default async function MentorAlertsPage() {
  const actor = await requireRole(["MENTOR"]);
  const [t, rows] = await Promise.all([getTranslations("contact.list"), listMyRequests(actor)]);
  return (
    <>
      <PageHeading title={t("mentorTitle")} intro={t("mentorIntro")} />
      <p className="mb-6">
        <Link href="/mentor/alerts/new">{t("newAlert")}</Link>
      </p>
      <MyRequestList rows={rows} basePath="/mentor/alerts" mentor />
    </>
  );
}
