import type { Metadata } from "next";
import { loadMyRequest, myRequestView } from "@/lib/server/views/my-request";
import { MyRequestView } from "@/components/contact/my-request-view";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadMyRequest("MENTOR", (await params).id)).request.subject };
}

export default async function MentorAlertPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const view = await myRequestView("MENTOR", id, query.sent === "1");
  return <MyRequestView {...view} listPath="/mentor/alerts" />;
}
