import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "@prisma/client";
import { getDb } from "@/lib/server/db";
import { now as clockNow } from "@/lib/server/clock";
import { enqueueEmail } from "@/lib/server/data/outbox";
import { surveyEmail } from "@/lib/server/mail/templates/satisfaction";
import { surveyExpiry, surveyLinkState, surveyRecipient } from "@/lib/domain/satisfaction";
import type { SurveyAnswerInput } from "@/lib/schemas/satisfaction";

// Satisfaction surveys (issue 16): the invitation is written, with its email, in the
// transaction that resolves the request or closes the case. The link carries a random
// token; only its hash is stored, so a copy of the database holds no working link. The
// token alone names the invitation (whose answer it is): the page needs no sign-in, and
// a used or expired token answers nothing but "used" or "expired".

function hashSurveyToken(raw: string): string {
  return createHash("sha256").update(raw, "utf8").digest("hex");
}

const recipientSelect = { id: true, email: true, firstName: true, locale: true, active: true } as const;

/**
 * Invites the requester of a resolved or closed request, or the learner of a closed case,
 * inside the caller's transaction: once per request or case (resolved again after a reopening,
 * it is not asked twice), never an inactive account. Returns whether an invitation was written.
 */
export async function inviteToSurveyInTx(tx: Prisma.TransactionClient, subject: { requestId: string } | { caseId: string }, now: Date): Promise<boolean> {
  const target =
    "requestId" in subject
      ? await tx.supportRequest.findUnique({ where: { id: subject.requestId }, select: { id: true, number: true, learnerId: true, authorId: true, author: { select: recipientSelect } } })
      : null;
  const followUp = "caseId" in subject ? await tx.followUpCase.findUnique({ where: { id: subject.caseId }, select: { id: true, learnerId: true, learner: { select: { user: { select: recipientSelect } } } } }) : null;
  const recipient = target ? target.author : followUp?.learner.user;
  if (!recipient || !recipient.active || (!target && !followUp)) return false;
  const recipientId = target ? surveyRecipient({ kind: "request", authorId: target.authorId }) : surveyRecipient({ kind: "case", learnerId: followUp!.learnerId });
  const raw = randomBytes(32).toString("base64url");
  const created = await tx.surveyInvitation.createMany({
    data: [
      {
        tokenHash: hashSurveyToken(raw),
        recipientId,
        learnerId: (target?.learnerId ?? followUp?.learnerId)!,
        requestId: target?.id ?? null,
        caseId: followUp?.id ?? null,
        createdAt: now,
        expiresAt: surveyExpiry(now),
      },
    ],
    skipDuplicates: true,
  });
  if (created.count === 0) return false;
  await enqueueEmail(tx, surveyEmail(recipient, target ? { kind: "request", number: target.number } : { kind: "case" }, `/survey/${raw}`));
  return true;
}

export type SurveyView =
  | { state: "open"; about: { kind: "request"; number: number } | { kind: "case" } }
  | { state: "answered" | "expired" | "invalid" };

/** What a survey link shows, read by its token alone: nothing about the person, only what the question is about. */
export async function inspectSurvey(token: string, now = clockNow()): Promise<SurveyView> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { state: "invalid" };
  const invitation = await getDb().surveyInvitation.findUnique({
    where: { tokenHash: hashSurveyToken(token) },
    select: { expiresAt: true, answeredAt: true, caseId: true, request: { select: { number: true } } },
  });
  if (!invitation) return { state: "invalid" };
  const state = surveyLinkState(invitation, now);
  if (state !== "open") return { state };
  return { state, about: invitation.request ? { kind: "request", number: invitation.request.number } : { kind: "case" } };
}

/**
 * Records the answer, once: the write is conditional on the invitation being unanswered and
 * unexpired, so two submits of the same link keep the first. Otherwise says why.
 */
export async function answerSurvey(input: SurveyAnswerInput, now = clockNow()): Promise<"ok" | "answered" | "expired" | "invalid"> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(input.token)) return "invalid";
  const tokenHash = hashSurveyToken(input.token);
  const db = getDb();
  const { count } = await db.surveyInvitation.updateMany({
    where: { tokenHash, answeredAt: null, expiresAt: { gt: now } },
    data: { answeredAt: now, rating: Number(input.rating), comment: input.comment?.trim() ? input.comment.trim() : null },
  });
  if (count === 1) return "ok";
  const invitation = await db.surveyInvitation.findUnique({ where: { tokenHash }, select: { expiresAt: true, answeredAt: true } });
  if (!invitation) return "invalid";
  const state = surveyLinkState(invitation, now);
  return state === "open" ? "invalid" : state;
}
