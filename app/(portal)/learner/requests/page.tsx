import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/server/auth/session";
import { listMyRequests } from "@/lib/server/data/my-requests";
import { getMessages } from "@/lib/i18n/server";
import { PageHeading } from "@/components/ui/page-heading";
import { MyRequestList } from "@/components/contact/my-request-list";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.contact.list.learnerTitle };
}

export default async function LearnerRequestsPage() {
  const actor = await requireRole(["LEARNER"]);
  const [{ locale, m }, rows] = await Promise.all([getMessages(), listMyRequests(actor)]);
  return (
    <>
      <PageHeading title={m.contact.list.learnerTitle} intro={m.contact.list.learnerIntro} />
      <p className="mb-6">
        <Link href="/learner/contact">{m.contact.list.newRequest}</Link>
      </p>
      <MyRequestList rows={rows} basePath="/learner/requests" mentor={false} m={m} locale={locale} />
    </>
  );
}
