import "server-only";
import type { Prisma } from "@prisma/client";

/** A request's reference, in every read of it: lists, pages and the emails about it. */
export const requestHeadSelect = {
  id: true,
  number: true,
  subject: true,
  topic: true,
  status: true,
  priority: true,
} as const satisfies Prisma.SupportRequestSelect;

/** Its service-level clock: filed, first answered, due, resolved, closed, waiting. */
export const requestClockSelect = {
  createdAt: true,
  firstResponseAt: true,
  firstResponseDueAt: true,
  resolutionDueAt: true,
  resolvedAt: true,
  closedAt: true,
  /** Set while the request waits for its requester: the clock stands still from then. */
  waitingSince: true,
} as const satisfies Prisma.SupportRequestSelect;
