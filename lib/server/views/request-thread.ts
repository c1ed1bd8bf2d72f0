import "server-only";
import { getRequestComplaint } from "@/lib/server/data/complaints";
import type { Metadata } from "next";
import { cache } from "react";
import { orNotFound, requireRole } from "@/lib/server/auth/session";
import { getRequestThread, listAssignees } from "@/lib/server/data/request-thread";
import { cannedRepliesForRequest } from "@/lib/server/data/canned-replies";
import { listMacros } from "@/lib/server/data/macros";
import { getRequestRelations } from "@/lib/server/data/request-merge";
import { listRequestAttachments } from "@/lib/server/data/attachments";
import { markRequestRead } from "@/lib/server/data/request-reads";
import { getRequestPeople } from "@/lib/server/data/followers";

/** The staff spaces that show a request page, and who may open it there. */
const SPACE_ROLES = { support: ["SUPPORT", "MENTORSHIP_MANAGER"], advisor: ["ADVISOR"] } as const;
export type StaffSpace = keyof typeof SPACE_ROLES;

/** Once per render: the title and the page share one read (and one audit entry). */
export const loadStaffThread = cache(async (space: StaffSpace, id: string) => {
  const actor = await requireRole(SPACE_ROLES[space]);
  return { actor, thread: await orNotFound(getRequestThread(actor, id)) };
});

/** The request page's `generateMetadata`: its title is the request's subject. */
export function staffThreadMetadata(space: StaffSpace) {
  return async ({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> => ({
    title: (await loadStaffThread(space, (await params).id)).thread.subject,
  });
}

/** What the staff request page shows (components/triage/thread-view.tsx), but the list it returns to. */
export async function staffThreadView(space: StaffSpace, id: string) {
  const { actor, thread } = await loadStaffThread(space, id);
  const triage = actor.role === "SUPPORT" || actor.role === "MENTORSHIP_MANAGER";
  const [{ followers, following, colleagues }, assignees, cannedReplies, macros, relations, attachments, complaint] = await Promise.all([
    getRequestPeople(actor, thread.id),
    listAssignees(actor),
    cannedRepliesForRequest(actor, thread.id),
    triage ? listMacros(actor) : Promise.resolve([]),
    getRequestRelations(actor, thread.id),
    listRequestAttachments(actor, thread.id),
    getRequestComplaint(actor, thread.id),
    // What the requester wrote is seen from now on: it leaves the count in the navigation.
    markRequestRead(actor, thread.id),
  ]);
  // The learner's file, and for the advisor a follow-up case opened from this request.
  const learnerFile = actor.role === "ADVISOR" ? `/advisor/learners/${thread.learnerId}` : `/support/learners/${thread.learnerId}`;
  const [existing] = thread.cases;
  const linkedCase = existing
    ? { status: existing.status, openedAt: existing.openedAt, href: actor.role === "ADVISOR" ? `/advisor/learners/${thread.learnerId}/cases/${existing.id}` : null }
    : null;
  const openCase = actor.role === "ADVISOR" && !existing ? `/advisor/learners/${thread.learnerId}/cases/new?request=${thread.id}` : null;
  // Merge, link and macros are triage tools: support and the Mentorship Manager.
  const teamTools = { cannedReplies, macros: macros.map((m) => ({ id: m.id, title: m.title })), relations, triage, listPath: triage ? "/support/requests" : "/advisor/requests" };
  // A complaint's register is the Mentorship Manager's (and administrators'): only they get its link.
  const complaintView = { complaint, registerLink: actor.role === "MENTORSHIP_MANAGER" };
  // Followers and @mentions: colleagues who can already see the request (lib/domain/followers.ts).
  const followerIds = new Set(followers.map((p) => p.id));
  const people = {
    followers,
    following,
    candidates: colleagues.filter((c) => !followerIds.has(c.id) && c.id !== actor.id),
    mentionable: colleagues.filter((c) => c.id !== actor.id),
  };
  return { thread, assignees, attachments, learnerFile, openCase, linkedCase, teamTools, complaintView, people, actorId: actor.id, now: new Date() };
}
