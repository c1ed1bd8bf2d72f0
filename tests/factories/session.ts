import type { CancelledBy, MentoringSession, Prisma, SessionKind, SessionStatus } from "@prisma/client";
import { addDays } from "./dates";
import type { FactoryDb } from "./db";

export interface SessionOverrides {
  learnerId: string;
  /** Default: the learner's current mentor (one extra query). */
  mentorId?: string;
  kind?: SessionKind;
  /** Default: two days from now. */
  scheduledAt?: Date;
  durationMinutes?: number;
  /** Default: HELD when scheduledAt is past, else SCHEDULED. */
  status?: SessionStatus;
  /** Default: LEARNER when the status is CANCELLED, else null. */
  cancelledBy?: CancelledBy | null;
  learnerNote?: string | null;
  privateNote?: string | null;
  createdAt?: Date;
}

/** The row createSession writes, for createMany when the mentor is known. */
export function buildSession(input: SessionOverrides & { mentorId: string }): Prisma.MentoringSessionCreateManyInput {
  const scheduledAt = input.scheduledAt ?? addDays(new Date(), 2);
  const status = input.status ?? (scheduledAt <= new Date() ? "HELD" : "SCHEDULED");
  return {
    learnerId: input.learnerId,
    mentorId: input.mentorId,
    kind: input.kind ?? "MENTORING",
    scheduledAt,
    durationMinutes: input.durationMinutes ?? 45,
    status,
    cancelledBy: input.cancelledBy !== undefined ? input.cancelledBy : status === "CANCELLED" ? "LEARNER" : null,
    learnerNote: input.learnerNote ?? null,
    privateNote: input.privateNote ?? null,
    createdAt: input.createdAt,
  };
}

export async function createSession(db: FactoryDb, input: SessionOverrides): Promise<MentoringSession> {
  let mentorId = input.mentorId;
  if (!mentorId) {
    const profile = await db.learnerProfile.findUniqueOrThrow({ where: { userId: input.learnerId } });
    if (!profile.mentorId) throw new Error("createSession: the learner has no mentor; pass mentorId");
    mentorId = profile.mentorId;
  }
  return db.mentoringSession.create({ data: buildSession({ ...input, mentorId }) });
}

/** Many sessions in one statement; returns how many were written. */
export async function createSessions(
  db: FactoryDb,
  inputs: (SessionOverrides & { mentorId: string })[],
): Promise<number> {
  const { count } = await db.mentoringSession.createMany({ data: inputs.map(buildSession) });
  return count;
}
