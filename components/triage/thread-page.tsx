import type { Metadata } from "next";
import { cache } from "react";
import { orNotFound, requireRole } from "@/lib/server/auth/session";
import { getRequestThread, listAssignees } from "@/lib/server/data/request-thread";
import { getMessages } from "@/lib/i18n/server";
import type { Role } from "@prisma/client";
import { ThreadView } from "./thread-view";

type Props = { params: Promise<{ id: string }> };

/** The staff request page, for the support space and the advisor's. */
export function threadPage(roles: readonly Role[], listPath: string) {
  const load = cache(async (id: string) => {
    const actor = await requireRole(roles);
    return { actor, thread: await orNotFound(getRequestThread(actor, id)) };
  });

  async function generateMetadata({ params }: Props): Promise<Metadata> {
    return { title: (await load((await params).id)).thread.subject };
  }

  async function Page({ params }: Props) {
    const { actor, thread } = await load((await params).id);
    const [{ locale, m }, assignees] = await Promise.all([getMessages(), listAssignees(actor)]);
    // The learner's file, and for the advisor a follow-up case opened from this request.
    const learnerFile = actor.role === "ADVISOR" ? `/advisor/learners/${thread.learnerId}` : `/support/learners/${thread.learnerId}`;
    const openCase = actor.role === "ADVISOR" ? `/advisor/learners/${thread.learnerId}/cases/new?request=${thread.id}` : null;
    return (
      <ThreadView
        thread={thread}
        assignees={assignees}
        listPath={listPath}
        learnerFile={learnerFile}
        openCase={openCase}
        m={m}
        locale={locale}
        now={new Date()}
      />
    );
  }

  return { generateMetadata, Page };
}
