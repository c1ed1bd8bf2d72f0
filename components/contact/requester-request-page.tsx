import type { Metadata } from "next";
import { cache } from "react";
import { orNotFound, requireRole } from "@/lib/server/auth/session";
import { getMyRequest } from "@/lib/server/data/my-requests";
import { getMessages } from "@/lib/i18n/server";
import { format } from "@/lib/i18n";
import { MyRequestView } from "./my-request-view";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The page of one of the requester's own requests: the learner's requests and the mentor's alerts. */
export function requesterRequestPage(role: "LEARNER" | "MENTOR", listPath: string) {
  // Once per render: the title and the page share one read (and one audit entry).
  const load = cache(async (id: string) => {
    const actor = await requireRole([role]);
    return { actor, request: await orNotFound(getMyRequest(actor, id)) };
  });

  async function generateMetadata({ params }: Props): Promise<Metadata> {
    return { title: (await load((await params).id)).request.subject };
  }

  async function Page({ params, searchParams }: Props) {
    const [{ locale, m }, { actor, request }, query] = await Promise.all([getMessages(), load((await params).id), searchParams]);
    const sentTemplate = role === "LEARNER" ? m.contact.learnerForm.sent : m.contact.mentorForm.sent;
    const sent = query.sent === "1" ? format(sentTemplate, { number: request.number }) : null;
    return <MyRequestView request={request} viewerId={actor.id} listPath={listPath} sentMessage={sent} m={m} locale={locale} />;
  }

  return { generateMetadata, Page };
}
