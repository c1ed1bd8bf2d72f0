import "server-only";
import type { Metadata } from "next";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { orNotFound, requireRole } from "@/lib/server/auth/session";
import { getMyRequest } from "@/lib/server/data/my-requests";
import { listRequestAttachments } from "@/lib/server/data/attachments";
import { attachmentMaxBytes } from "@/lib/domain/attachments";
import { markRequestRead } from "@/lib/server/data/request-reads";

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
export async function myRequestView(role: Requester, id: string, sent: boolean, added = false) {
  const [t, { actor, request }] = await Promise.all([getTranslations("contact"), loadMyRequest(role, id)]);
  // What staff wrote is seen from now on: it leaves the count in the navigation.
  await markRequestRead(actor, request.id);
  // "added": the form's message went onto this earlier request instead of a new one.
  const sentMessage = added
    ? t("duplicate.added", { number: request.number })
    : sent
      ? t(role === "LEARNER" ? "learnerForm.sent" : "mentorForm.sent", { number: request.number })
      : null;
  const attachments = await listRequestAttachments(actor, request.id);
  return { request, viewerId: actor.id, sentMessage, attachments, maxMegabytes: attachmentMaxBytes(process.env) / (1024 * 1024) };
}
