import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/server/auth/session";
import { listMyRequests } from "@/lib/server/data/my-requests";
import { getMessages } from "@/lib/i18n/server";
import { PageHeading } from "@/components/ui/page-heading";
import { MyRequestList } from "@/components/contact/my-request-list";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.contact.list.mentorTitle };
}

export default async function MentorAlertsPage() {
  const actor = await requireRole(["MENTOR"]);
  const [{ locale, m }, rows] = await Promise.all([getMessages(), listMyRequests(actor)]);
  return (
    <>
      <PageHeading title={m.contact.list.mentorTitle} intro={m.contact.list.mentorIntro} />
      <p className="mb-6">
        <Link href="/mentor/alerts/new">{m.contact.list.newAlert}</Link>
      </p>
      <MyRequestList rows={rows} basePath="/mentor/alerts" mentor m={m} locale={locale} />
    </>
  );
}
