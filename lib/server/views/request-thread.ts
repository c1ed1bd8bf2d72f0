import "server-only";
import type { Metadata } from "next";
import { cache } from "react";
import { orNotFound, requireRole } from "@/lib/server/auth/session";
import { getRequestThread, listAssignees } from "@/lib/server/data/request-thread";
import { markRequestRead } from "@/lib/server/data/request-reads";

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
  // What the requester wrote is seen from now on: it leaves the count in the navigation.
  const [assignees] = await Promise.all([listAssignees(actor), markRequestRead(actor, thread.id)]);
  // The learner's file, and for the advisor a follow-up case opened from this request.
  const learnerFile = actor.role === "ADVISOR" ? `/advisor/learners/${thread.learnerId}` : `/support/learners/${thread.learnerId}`;
  const [existing] = thread.cases;
  const linkedCase = existing
    ? { status: existing.status, openedAt: existing.openedAt, href: actor.role === "ADVISOR" ? `/advisor/learners/${thread.learnerId}/cases/${existing.id}` : null }
    : null;
  const openCase = actor.role === "ADVISOR" && !existing ? `/advisor/learners/${thread.learnerId}/cases/new?request=${thread.id}` : null;
  return { thread, assignees, learnerFile, openCase, linkedCase, actorId: actor.id, now: new Date() };
}
