import "server-only";
import type { Prisma, RequestStatus } from "@prisma/client";
import { resumeDueDates } from "@/lib/domain/sla";

// "En attente du demandeur" pauses the SLA clock (lib/domain/sla.ts): entering
// the status starts a wait; leaving it, whichever way, moves the due dates by
// the working time waited. Every status write goes through these.

export type WaitingClock = {
  status: RequestStatus;
  waitingSince: Date | null;
  firstResponseAt: Date | null;
  firstResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
};

export const waitingClockSelect = {
  status: true,
  waitingSince: true,
  firstResponseAt: true,
  firstResponseDueAt: true,
  resolutionDueAt: true,
} as const satisfies Prisma.SupportRequestSelect;

/** The clock fields to write when a request moves from its status to `to` at `now`. */
export function waitingChange(request: WaitingClock, to: RequestStatus, now: Date): Prisma.SupportRequestUpdateManyMutationInput {
  const waiting = request.status === "WAITING_FOR_REQUESTER";
  if (to === "WAITING_FOR_REQUESTER") return waiting ? {} : { waitingSince: now, waitingRemindedAt: null };
  if (!waiting) return {};
  return { waitingSince: null, waitingRemindedAt: null, ...(request.waitingSince ? resumeDueDates(request, request.waitingSince, now) : {}) };
}
