import type { BreakKind, BreakStatus, LearnerBreak } from "@prisma/client";
import { addDays, utcDay } from "./dates";
import type { FactoryDb } from "./db";

export interface BreakOverrides {
  learnerId: string;
  status?: BreakStatus;
  /** Calendar days; default: from next week, for two weeks. */
  startDate?: Date;
  endDate?: Date;
  reasonKind?: BreakKind;
  reasonDetails?: string | null;
  requestId?: string | null;
  /** Default for an APPROVED or REFUSED break: the learner's advisor. */
  decidedById?: string | null;
  /** Default for an APPROVED or REFUSED break: now. */
  decidedAt?: Date | null;
  createdAt?: Date;
}

export async function createBreak(db: FactoryDb, o: BreakOverrides): Promise<LearnerBreak> {
  const status = o.status ?? "REQUESTED";
  const decided = status === "APPROVED" || status === "REFUSED";
  const startDate = utcDay(o.startDate ?? addDays(new Date(), 7));
  let decidedById = o.decidedById;
  if (decidedById === undefined && decided) {
    const profile = await db.learnerProfile.findUniqueOrThrow({ where: { userId: o.learnerId }, select: { advisorId: true } });
    decidedById = profile.advisorId;
  }
  return db.learnerBreak.create({
    data: {
      learnerId: o.learnerId,
      status,
      startDate,
      endDate: utcDay(o.endDate ?? addDays(startDate, 13)),
      reasonKind: o.reasonKind ?? "HOLIDAYS",
      reasonDetails: o.reasonDetails ?? null,
      requestId: o.requestId ?? null,
      decidedById: decidedById ?? null,
      decidedAt: o.decidedAt !== undefined ? o.decidedAt : decided ? new Date() : null,
      createdAt: o.createdAt,
    },
  });
}
