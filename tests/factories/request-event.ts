import type { EventVisibility, RequestEvent, RequestEventType, RequestQueue, RequestStatus } from "@prisma/client";
import type { FactoryDb } from "./db";

export interface RequestEventOverrides {
  requestId: string;
  type: RequestEventType;
  actorId?: string | null;
  /** Default: INTERNAL for INTERNAL_NOTE, PUBLIC otherwise. */
  visibility?: EventVisibility;
  body?: string | null;
  fromAssigneeId?: string | null;
  toAssigneeId?: string | null;
  fromQueue?: RequestQueue | null;
  toQueue?: RequestQueue | null;
  fromStatus?: RequestStatus | null;
  toStatus?: RequestStatus | null;
  createdAt?: Date;
}

/** One event of a request's history. It does not change the request itself. */
export async function createRequestEvent(db: FactoryDb, o: RequestEventOverrides): Promise<RequestEvent> {
  return db.requestEvent.create({
    data: {
      ...o,
      visibility: o.visibility ?? (o.type === "INTERNAL_NOTE" ? "INTERNAL" : "PUBLIC"),
    },
  });
}
