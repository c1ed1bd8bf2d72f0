// How a move of a request reads in its history: who moved it, to whom, and
// between which queues, in words ("transmise par Awa Diallo à Camille Martin
// (file Tri → Conseiller)"). A request that was in a queue with nobody assigned
// came "from the queue", never "from nobody". The page translates the queues.
import type { RequestQueue } from "@prisma/client";

type Named = { firstName: string; lastName: string } | null;

export type MoveEvent = {
  actor: Named;
  fromAssignee: Named;
  toAssignee: Named;
  fromQueue: RequestQueue | null;
  toQueue: RequestQueue | null;
};

/** The ICU arguments of the `REASSIGNED` history line; `"none"` selects the branch without that part. */
export function moveLineArgs(event: MoveEvent, queueLabel: (queue: RequestQueue) => string, unknown: string) {
  const name = (p: Named) => (p ? `${p.firstName} ${p.lastName}` : null);
  return {
    actor: name(event.actor) ?? unknown,
    to: name(event.toAssignee) ?? unknown,
    from: name(event.fromAssignee) ?? "none",
    // Moves recorded before the origin queue was kept show their destination only.
    fromQueue: event.fromQueue ? queueLabel(event.fromQueue) : "none",
    toQueue: event.toQueue ? queueLabel(event.toQueue) : "none",
  };
}
