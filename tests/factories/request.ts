import type {
  Prisma,
  Priority,
  RequestQueue,
  RequestStatus,
  RequestTopic,
  ResponsibilitySide,
  SupportRequest,
} from "@prisma/client";
import { addDays, addHours } from "./dates";
import type { FactoryDb } from "./db";
import { uniqueSuffix } from "./unique";
import { TOPICS } from "../../lib/domain/responsibility";



export interface RequestOverrides {
  learnerId: string;
  /** Default: the learner (a learner request). Anyone else makes it a mentor alert. */
  authorId?: string;
  topic?: RequestTopic;
  side?: ResponsibilitySide;
  /** Default: learner request → ADVISOR (SUPPORT if no advisor); mentor alert → TRIAGE. */
  queue?: RequestQueue;
  /** Default: the learner's advisor in the ADVISOR queue, else unassigned. */
  assigneeId?: string | null;
  status?: RequestStatus;
  priority?: Priority;
  subject?: string;
  message?: string;
  details?: Prisma.InputJsonObject;
  /** Health/RQTH details: written to RequestSensitive and sets hasSensitive. */
  sensitive?: Prisma.InputJsonObject;
  idempotencyKey?: string;
  version?: number;
  createdAt?: Date;
  /** Default: createdAt. */
  updatedAt?: Date;
  /** Placeholder SLA until the real rules exist: +2 days (+4 h if URGENT). */
  firstResponseDueAt?: Date | null;
  /** Placeholder SLA: +7 days (+2 days if URGENT). */
  resolutionDueAt?: Date | null;
  firstResponseAt?: Date | null;
  /** Default: now when the status is RESOLVED or CLOSED. */
  resolvedAt?: Date | null;
  closedAt?: Date | null;
  loopClosedAt?: Date | null;
}

/** A support request or mentor alert with its CREATED event. */
export async function createRequest(db: FactoryDb, o: RequestOverrides): Promise<SupportRequest> {
  const authorId = o.authorId ?? o.learnerId;
  const fromLearner = authorId === o.learnerId;
  const topic = o.topic ?? (fromLearner ? "EXTRA_RESOURCES" : "DISENGAGEMENT_RISK");
  const side = o.side ?? (topic === "OTHER" ? (fromLearner ? "LEARNER" : "MENTOR") : TOPICS[topic].side);

  let queue = o.queue;
  let assigneeId = o.assigneeId;
  if (queue === undefined || (assigneeId === undefined && queue === "ADVISOR")) {
    const profile = await db.learnerProfile.findUniqueOrThrow({ where: { userId: o.learnerId }, select: { advisorId: true } });
    queue ??= fromLearner ? (profile.advisorId ? "ADVISOR" : "SUPPORT") : "TRIAGE";
    if (assigneeId === undefined) assigneeId = queue === "ADVISOR" ? profile.advisorId : null;
  }

  const createdAt = o.createdAt ?? new Date();
  const priority = o.priority ?? TOPICS[topic].priority;
  const urgent = priority === "URGENT";
  const status = o.status ?? "NEW";
  const done = status === "RESOLVED" || status === "CLOSED";
  const suffix = uniqueSuffix();

  return db.supportRequest.create({
    data: {
      authorId,
      learnerId: o.learnerId,
      topic,
      side,
      queue,
      assigneeId: assigneeId ?? null,
      status,
      priority,
      subject: o.subject ?? `Demande de test ${suffix}`,
      message: o.message ?? "Message de la demande de test.",
      details: o.details ?? {},
      hasSensitive: o.sensitive !== undefined,
      idempotencyKey: o.idempotencyKey ?? `factory-${suffix}`,
      version: o.version,
      createdAt,
      updatedAt: o.updatedAt ?? createdAt,
      firstResponseDueAt: o.firstResponseDueAt !== undefined ? o.firstResponseDueAt : urgent ? addHours(createdAt, 4) : addDays(createdAt, 2),
      resolutionDueAt: o.resolutionDueAt !== undefined ? o.resolutionDueAt : addDays(createdAt, urgent ? 2 : 7),
      firstResponseAt: o.firstResponseAt ?? null,
      resolvedAt: o.resolvedAt !== undefined ? o.resolvedAt : done ? new Date() : null,
      closedAt: o.closedAt !== undefined ? o.closedAt : status === "CLOSED" ? new Date() : null,
      loopClosedAt: o.loopClosedAt ?? null,
      sensitive: o.sensitive ? { create: { details: o.sensitive } } : undefined,
      events: {
        create: {
          actorId: authorId,
          type: "CREATED",
          visibility: "PUBLIC",
          toQueue: queue,
          toAssigneeId: assigneeId ?? null,
          toStatus: "NEW",
          createdAt,
        },
      },
    },
  });
}
