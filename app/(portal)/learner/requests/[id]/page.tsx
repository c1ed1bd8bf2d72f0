import { myRequestMetadata, myRequestView } from "@/lib/server/views/my-request";
import { MyRequestView } from "@/components/contact/my-request-view";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = myRequestMetadata("LEARNER");

export default async function LearnerRequestPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  return <MyRequestView {...await myRequestView("LEARNER", id, query.sent === "1", query.added === "1")} listPath="/learner/requests" />;
}
