import "server-only";
import type { Metadata } from "next";
import { cache } from "react";
import { orNotFound, requireRole } from "@/lib/server/auth/session";
import { getMyRequest } from "@/lib/server/data/my-requests";
import { getMessages } from "@/lib/i18n/server";
import { format } from "@/lib/i18n";

type Requester = "LEARNER" | "MENTOR";

/** Once per render: the title and the page share one read (and one audit entry). */
export const loadMyRequest = cache(async (role: Requester, id: string) => {
  const actor = await requireRole([role]);
  return { actor, request: await orNotFound(getMyRequest(actor, id)) };
});

/** The request page's `generateMetadata`: its title is the request's subject. */
export function myRequestMetadata(role: Requester) {
  return async ({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> => ({
    title: (await loadMyRequest(role, (await params).id)).request.subject,
  });
}

/**
 * What the page of one of the requester's own requests shows (components/contact/my-request-view.tsx),
 * but the list it returns to; `sent` is the `?sent=1` a new request lands with.
 */
export async function myRequestView(role: Requester, id: string, sent: boolean) {
  const [{ locale, m }, { actor, request }] = await Promise.all([getMessages(), loadMyRequest(role, id)]);
  const sentTemplate = role === "LEARNER" ? m.contact.learnerForm.sent : m.contact.mentorForm.sent;
  const sentMessage = sent ? format(sentTemplate, { number: request.number }) : null;
  return { request, viewerId: actor.id, sentMessage, m, locale };
}
