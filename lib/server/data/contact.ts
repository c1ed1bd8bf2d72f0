import "server-only";
import { now as clockNow } from "@/lib/server/clock";
import { breakDatesRefusal } from "@/lib/domain/breaks";
import { schoolDateTime } from "@/lib/domain/week";
import { Prisma, type BreakKind, type RequestTopic } from "@prisma/client";
import { getDb, TX_OPTIONS } from "@/lib/server/db";
import { assertRole, NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { refuse } from "@/lib/server/errors";
import { routeRequest, type Routing } from "@/lib/domain/routing";
import { requestPathFor } from "@/lib/domain/request-paths";
import { slaDueDates } from "@/lib/domain/sla";
import type { LearnerRequestInput, MentorAlertInput, NudgeLearnerInput, NudgePreviewInput } from "@/lib/schemas/contact";
import { invitationWindow } from "@/lib/domain/invitation-window";
import { enqueueEmail } from "@/lib/server/data/outbox";
import { openComplaintInTx } from "@/lib/server/data/complaints";
import { bindUploadsInTx } from "@/lib/server/data/attachments";
import { replyToFor } from "@/lib/server/mail/reply-address";
import {
  alertConfirmationEmail,
  assigneeNoticeEmail,
  nudgeEmail,
  requestConfirmationEmail,
  supportQueueNoticeEmail,
  triageNoticeEmail,
  type Recipient,
} from "@/lib/server/mail/templates/requests";
import { writeAudit } from "@/lib/server/data/audit";
import { CONFIDENTIAL_ENVELOPE, routesToReferent } from "@/lib/domain/confidential";
import { rqthReferentEmail } from "@/lib/server/mail/templates/special-category";
import { toStoredPhone } from "@/lib/domain/phone";
import { alreadyAddedTo, lockFilings, settleDuplicate, type DuplicateAnswer } from "@/lib/server/data/duplicates";
import { announceInTx } from "@/lib/server/data/live";

/** The request filed, or (added) the earlier one the message was added to. */
export type Filed = { id: string; number: number; queue: "ADVISOR" | "TRIAGE" | "SUPPORT"; assigneeName: string | null; added: boolean };

const recipient = { id: true, email: true, firstName: true, lastName: true, locale: true, active: true } as const;
const fullName = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;

const filedSelect = { id: true, number: true, queue: true, assignee: { select: { firstName: true, lastName: true } } } as const;

/**
 * A resend with the same idempotency key files nothing new: the first filing
 * (or the earlier request its message was added to) is the answer.
 */
async function alreadyFiled(client: Prisma.TransactionClient, authorId: string, idempotencyKey: string): Promise<Filed | null> {
  const found = await client.supportRequest.findUnique({ where: { authorId_idempotencyKey: { authorId, idempotencyKey } }, select: filedSelect });
  const addedTo = found ? null : await alreadyAddedTo(client, authorId, idempotencyKey);
  const request = found ?? (addedTo ? await client.supportRequest.findUnique({ where: { id: addedTo }, select: filedSelect }) : null);
  if (!request) return null;
  return { id: request.id, number: request.number, queue: request.queue, assigneeName: request.assignee && fullName(request.assignee), added: !found };
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Two concurrent submits of one form: the loser of the unique index returns the winner's filing. */
async function fileOnce(authorId: string, key: string, file: () => Promise<Filed>): Promise<Filed> {
  const existing = await alreadyFiled(getDb(), authorId, key);
  if (existing) return existing;
  try {
    return await file();
  } catch (error) {
    if (isUniqueViolation(error)) {
      const winner = await alreadyFiled(getDb(), authorId, key);
      if (winner) return winner;
    }
    throw error;
  }
}

/**
 * The start of every filing transaction: serialised with the author's other
 * filings about the learner, a same-key resend answers with its first filing,
 * then a likely duplicate is settled (lib/server/data/duplicates.ts).
 */
async function beforeFiling(
  tx: Prisma.TransactionClient,
  author: Actor,
  learnerId: string,
  side: "LEARNER" | "MENTOR",
  input: DuplicateAnswer & { topic: RequestTopic; subject: string; message: string; idempotencyKey: string },
  now: Date,
  confidential: Prisma.InputJsonObject | null = null,
): Promise<Filed | { note: string | null }> {
  await lockFilings(tx, author.id, learnerId);
  const earlier = await alreadyFiled(tx, author.id, input.idempotencyKey);
  if (earlier) return earlier;
  const outcome = await settleDuplicate(tx, { author, learnerId, side, input, now, confidential });
  if (outcome.kind === "file") return { note: outcome.note };
  const added = await alreadyFiled(tx, author.id, input.idempotencyKey);
  if (!added) throw new Error("added message without its record");
  return added;
}

/** The reason given for filing anew despite a likely duplicate: an internal note for whoever handles it. */
async function writeDuplicateNote(tx: Prisma.TransactionClient, authorId: string, requestId: string, note: string | null, now: Date) {
  if (note) await tx.requestEvent.create({ data: { requestId, actorId: authorId, type: "INTERNAL_NOTE", visibility: "INTERNAL", body: note, createdAt: now } });
}

const BREAK_KIND: Record<"ILLNESS" | "HOLIDAYS" | "OTHER", BreakKind> = { ILLNESS: "ILLNESS", HOLIDAYS: "HOLIDAYS", OTHER: "OTHER" };

/** Splits a learner's form into what anyone handling it reads, and the special-category part. */
function learnerDetails(input: LearnerRequestInput): { details: Prisma.InputJsonObject; sensitive: Prisma.InputJsonObject | null } {
  switch (input.topic) {
    case "EXTRA_RESOURCES":
      return { details: input.project ? { project: input.project } : {}, sensitive: null };
    case "EXTRA_SESSIONS":
      return { details: { sessionCount: Number(input.sessionCount) }, sensitive: null };
    case "BREAK_REQUEST":
      return { details: { startDate: input.startDate, endDate: input.endDate }, sensitive: { breakKind: input.breakKind } };
    case "RQTH":
      return { details: {}, sensitive: { accommodation: input.accommodation } };
    case "ADMIN_SUPPORT":
    case "OTHER":
      return { details: {}, sensitive: null };
  }
}

function mentorDetails(input: MentorAlertInput): { details: Prisma.InputJsonObject; sensitive: Prisma.InputJsonObject | null } {
  switch (input.topic) {
    case "UPCOMING_ABSENCE":
      return {
        details: { startDate: input.startDate, endDate: input.endDate },
        sensitive: { absenceKind: input.absenceKind, ...(input.healthDetails ? { healthDetails: input.healthDetails } : {}) },
      };
    case "PLAGIARISM":
      return { details: { project: input.project, evidence: input.evidence }, sensitive: null };
    case "EXCEPTIONAL_CIRCUMSTANCES":
    case "DISENGAGEMENT_RISK":
    case "DISRESPECT":
    case "MENTOR_OTHER":
      return { details: {}, sensitive: null };
  }
}

async function activeStaff(tx: Prisma.TransactionClient, roles: ("SUPPORT" | "MENTORSHIP_MANAGER")[]): Promise<Recipient[]> {
  return tx.user.findMany({ where: { role: { in: roles }, active: true }, select: { email: true, firstName: true, locale: true } });
}

type Filing = {
  /** "Call me back" (learner form only): the number in E.164 and when they are reachable. */
  callback?: { phone: string; when: string | null } | null;
  authorId: string;
  learnerId: string;
  input: { topic: RequestTopic; subject: string; message: string; idempotencyKey: string };
  routing: Extract<Routing, { outcome: "file" }>;
  details: Prisma.InputJsonObject;
  sensitive: Prisma.InputJsonObject | null;
  now: Date;
};

/** The request, its confidential part and its CREATED event, with the SLA deadlines of its priority. */
async function insertRequest(tx: Prisma.TransactionClient, f: Filing) {
  const created = await tx.supportRequest.create({
    data: {
      authorId: f.authorId,
      learnerId: f.learnerId,
      topic: f.input.topic,
      side: f.routing.side,
      queue: f.routing.queue,
      assigneeId: f.routing.assigneeId,
      priority: f.routing.priority,
      subject: f.input.subject,
      message: f.input.message,
      details: f.details,
      hasSensitive: f.sensitive !== null,
      idempotencyKey: f.input.idempotencyKey,
      ...(f.callback ? { callbackRequested: true, callbackPhone: f.callback.phone, callbackWhen: f.callback.when } : {}),
      createdAt: f.now,
      ...slaDueDates(f.routing.priority, f.now),
      sensitive: f.sensitive ? { create: { details: f.sensitive } } : undefined,
      events: {
        create: {
          actorId: f.authorId,
          type: "CREATED",
          visibility: "PUBLIC",
          toQueue: f.routing.queue,
          toAssigneeId: f.routing.assigneeId,
          toStatus: "NEW",
          createdAt: f.now,
        },
      },
    },
    select: { id: true, number: true, subject: true, topic: true, priority: true },
  });
  // Staff who may see it hear of it live (their inbox counts change).
  await announceInTx(tx, [{ k: "r", r: created.id }]);
  return created;
}

/** The learner's "call me back": the number as stored (E.164), when they are reachable; null for an email reply. */
function callbackOf(input: LearnerRequestInput): Filing["callback"] {
  if (input.replyChannel !== "PHONE") return null;
  const phone = toStoredPhone(input.callbackPhone);
  if (!phone) throw refuse.field("callbackPhone", "phone.required");
  return { phone, when: input.callbackWhen?.trim() || null };
}

/** "Contacter mon conseiller": the learner files for themselves; routed to their advisor or to support. */
export async function fileLearnerRequest(actor: Actor, input: LearnerRequestInput, now = clockNow()): Promise<Filed> {
  assertRole(actor, ["LEARNER"]);
  if (input.topic === "BREAK_REQUEST") {
    const refusal = breakDatesRefusal(input, schoolDateTime(now).date, input.confirmPastStart === "yes");
    if (refusal) throw refuse.field(refusal.field, refusal.key);
  }
  return fileOnce(actor.id, input.idempotencyKey, async () => {
    const db = getDb();
    const profile = await db.learnerProfile.findUnique({ where: { userId: actor.id }, select: { advisor: { select: recipient } } });
    if (!profile) throw new NotFoundError("learner profile");
    const advisor = profile.advisor;
    const routing = routeRequest("LEARNER", input.topic, { advisorId: advisor?.id ?? null, advisorActive: advisor?.active ?? false });
    if (routing.outcome !== "file") throw new NotFoundError("topic");
    const { details, sensitive: typed } = learnerDetails(input);
    // RQTH: the content goes to the disability referent; the request itself says only that it exists.
    const toReferent = routesToReferent(input.topic);
    const sensitive = toReferent ? { ...typed, subject: input.subject, message: input.message } : typed;
    const filed = toReferent ? { ...input, ...CONFIDENTIAL_ENVELOPE } : input;

    return db.$transaction(async (tx) => {
      // RQTH added to an earlier request: what was typed joins its confidential part, never its thread.
      const before = await beforeFiling(tx, actor, actor.id, "LEARNER", filed, now, toReferent ? sensitive : null);
      if ("id" in before) {
        // Added to an earlier request (or this very filing retried): the documents go with the message.
        await bindUploadsInTx(tx, actor.id, input.attachmentIds, { requestId: before.id, eventId: null }, { strict: false });
        // A complaint added to an earlier request makes it one, received now (unless it already is one).
        if (input.complaint === true && !(await tx.complaint.findUnique({ where: { requestId: before.id }, select: { id: true } }))) {
          await openComplaintInTx(tx, before.id, null, now, now);
        }
        return before;
      }
      const request = await insertRequest(tx, { authorId: actor.id, learnerId: actor.id, input: filed, routing, details, sensitive, now, callback: callbackOf(input) });
      await bindUploadsInTx(tx, actor.id, input.attachmentIds, { requestId: request.id, eventId: null });
      if (toReferent) {
        const referents = await tx.user.findMany({ where: { role: "DISABILITY_REFERENT", active: true }, select: { email: true, firstName: true, locale: true } });
        for (const referent of referents) await enqueueEmail(tx, rqthReferentEmail(referent, request));
      }
      await writeDuplicateNote(tx, actor.id, request.id, before.note, now);
      if (input.topic === "BREAK_REQUEST") {
        await tx.learnerBreak.create({
          data: {
            learnerId: actor.id,
            status: "REQUESTED",
            startDate: new Date(`${input.startDate}T00:00:00Z`),
            endDate: new Date(`${input.endDate}T00:00:00Z`),
            reasonKind: BREAK_KIND[input.breakKind],
            requestId: request.id,
          },
        });
      }
      if (sensitive) {
        await writeAudit(tx, { actorId: actor.id, action: "request.sensitive.create", entityType: "SupportRequest", entityId: request.id, learnerId: actor.id });
      }
      // A complaint: opened with the request, acknowledged with its number and deadline.
      if (input.complaint === true) await openComplaintInTx(tx, request.id, null, now);
      const author = fullName(actor);
      await enqueueEmail(tx, { ...requestConfirmationEmail(actor, request, routing.queue === "ADVISOR"), replyTo: replyToFor(request, actor.id) });
      if (routing.queue === "ADVISOR" && advisor) {
        await enqueueEmail(tx, { ...assigneeNoticeEmail(advisor, request, author, requestPathFor("ADVISOR", request.id)), replyTo: replyToFor(request, advisor.id) });
      } else {
        for (const member of await activeStaff(tx, ["SUPPORT"])) await enqueueEmail(tx, supportQueueNoticeEmail(member, request, author));
      }
      return { id: request.id, number: request.number, queue: routing.queue, assigneeName: routing.queue === "ADVISOR" && advisor ? fullName(advisor) : null, added: false };
    }, TX_OPTIONS);
  });
}

/** The mentor's current, active learner, or not found. */
async function ownLearner(actor: Actor, learnerId: string) {
  const learner = await getDb().learnerProfile.findFirst({
    where: { userId: learnerId, mentorId: actor.id, user: { active: true } },
    select: { userId: true, user: { select: recipient } },
  });
  if (!learner) throw new NotFoundError("learner");
  return learner;
}

/** "Signaler une situation": a mentor's alert about their own learner, to the triage queue. */
export async function fileMentorAlert(actor: Actor, input: MentorAlertInput, now = clockNow()): Promise<Filed> {
  assertRole(actor, ["MENTOR"]);
  return fileOnce(actor.id, input.idempotencyKey, async () => {
    const learner = await ownLearner(actor, input.learnerId);
    const routing = routeRequest("MENTOR", input.topic, { advisorId: null, advisorActive: false });
    if (routing.outcome !== "file") throw new NotFoundError("topic");
    const { details, sensitive } = mentorDetails(input);

    return getDb().$transaction(async (tx) => {
      const before = await beforeFiling(tx, actor, learner.userId, "MENTOR", input, now);
      if ("id" in before) return before;
      const request = await insertRequest(tx, { authorId: actor.id, learnerId: learner.userId, input, routing, details, sensitive, now });
      await writeDuplicateNote(tx, actor.id, request.id, before.note, now);
      if (sensitive) {
        await writeAudit(tx, { actorId: actor.id, action: "request.sensitive.create", entityType: "SupportRequest", entityId: request.id, learnerId: learner.userId });
      }
      const learnerName = fullName(learner.user);
      await enqueueEmail(tx, alertConfirmationEmail(actor, request, learnerName));
      for (const member of await activeStaff(tx, ["SUPPORT", "MENTORSHIP_MANAGER"])) {
        await enqueueEmail(tx, triageNoticeEmail(member, request, fullName(actor), learnerName));
      }
      return { id: request.id, number: request.number, queue: "TRIAGE" as const, assigneeName: null, added: false };
    }, TX_OPTIONS);
  });
}

// The mentor's invitation to a learner: its audit entries ("mentor.nudge", the
// learner, the topic in `after`, stamped with the server clock) are the record of
// what was sent; the 7-day rule reads the last one back.
const NUDGE = { action: "mentor.nudge", entityType: "Nudge" } as const;

async function lastNudgeAt(tx: Prisma.TransactionClient, learnerId: string, topic: RequestTopic): Promise<Date | null> {
  const last = await tx.auditLog.findFirst({
    where: { action: NUDGE.action, learnerId, after: { path: ["topic"], equals: topic } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  return last?.createdAt ?? null;
}

export type NudgePreview = { learnerName: string; subject: string; text: string; lastSentAt: string | null; nextAllowedAt: string | null };

function windowOf(lastSentAt: Date | null, now: Date): { lastSentAt: string | null; nextAllowedAt: string | null } {
  const window = invitationWindow(lastSentAt, now);
  return { lastSentAt: lastSentAt?.toISOString() ?? null, nextAllowedAt: window.allowed ? null : window.nextAllowedAt.toISOString() };
}

/**
 * The invitation exactly as the learner would get it (the sending's own template, in the
 * learner's language, with the note), and when the last one went. Writes nothing.
 */
export async function previewNudge(actor: Actor, input: NudgePreviewInput): Promise<NudgePreview> {
  assertRole(actor, ["MENTOR"]);
  const learner = await ownLearner(actor, input.learnerId);
  const email = nudgeEmail(learner.user, input.topic, fullName(actor), input.note);
  const lastSentAt = await lastNudgeAt(getDb(), learner.userId, input.topic);
  return { learnerName: fullName(learner.user), subject: email.subject, text: email.text, ...windowOf(lastSentAt, clockNow()) };
}

/**
 * The mentor picked a learner topic: no alert is filed; on request the learner gets a
 * short email inviting them to contact their advisor. A resend of the same key is the
 * first sending; another invitation for the same learner and topic within 7 days is
 * refused with the dates. Serialised per learner and topic, so two mentors' (or two
 * tabs') clicks cannot both pass the check.
 */
export async function nudgeLearner(actor: Actor, input: NudgeLearnerInput): Promise<{ learnerName: string; sentAt: string }> {
  assertRole(actor, ["MENTOR"]);
  const learner = await ownLearner(actor, input.learnerId);
  const learnerName = fullName(learner.user);
  const key = `nudge:${actor.id}:${input.idempotencyKey}`;
  return getDb().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`nudge:${learner.userId}:${input.topic}`}))`;
    const same = await tx.auditLog.findFirst({ where: { entityType: NUDGE.entityType, entityId: key }, select: { createdAt: true } });
    if (same) return { learnerName, sentAt: same.createdAt.toISOString() };
    const now = clockNow();
    const lastSentAt = await lastNudgeAt(tx, learner.userId, input.topic);
    const window = invitationWindow(lastSentAt, now);
    if (!window.allowed) {
      throw refuse.form("nudgeTooSoon", { lastSentAt: window.lastSentAt.toISOString(), nextAllowedAt: window.nextAllowedAt.toISOString() });
    }
    await writeAudit(tx, { actorId: actor.id, ...NUDGE, entityId: key, learnerId: learner.userId, after: { topic: input.topic }, at: now });
    await enqueueEmail(tx, nudgeEmail(learner.user, input.topic, fullName(actor), input.note));
    return { learnerName, sentAt: now.toISOString() };
  }, TX_OPTIONS);
}

export type NudgeWindow = { lastSentAt: string | null; nextAllowedAt: string | null };

/** When the last invitation went and, within 7 days, from when another may, per learner of the mentor and topic ("learnerId:topic"). */
export async function listLastNudges(actor: Actor): Promise<Record<string, NudgeWindow>> {
  assertRole(actor, ["MENTOR"]);
  const rows = await getDb().$queryRaw<{ learnerId: string; topic: string; at: Date }[]>`
    SELECT DISTINCT ON (a."learnerId", a."after"->>'topic') a."learnerId" AS "learnerId", a."after"->>'topic' AS topic, a."createdAt" AS at
    FROM "AuditLog" a
    JOIN "LearnerProfile" p ON p."userId" = a."learnerId" AND p."mentorId" = ${actor.id}
    WHERE a."action" = ${NUDGE.action}
    ORDER BY a."learnerId", a."after"->>'topic', a."createdAt" DESC`;
  const now = clockNow();
  return Object.fromEntries(rows.map((r) => [`${r.learnerId}:${r.topic}`, windowOf(r.at, now)]));
}

/** The learners a mentor may raise an alert about. */
export async function listAlertableLearners(actor: Actor) {
  assertRole(actor, ["MENTOR"]);
  const rows = await getDb().learnerProfile.findMany({
    where: { mentorId: actor.id, user: { active: true } },
    orderBy: [{ user: { lastName: "asc" } }, { user: { firstName: "asc" } }],
    select: { userId: true, user: { select: { firstName: true, lastName: true } } },
  });
  return rows.map((r) => ({ id: r.userId, name: `${r.user.firstName} ${r.user.lastName}` }));
}

/** The learner's own advisor, as the contact page names them. */
export async function getMyAdvisor(actor: Actor) {
  assertRole(actor, ["LEARNER"]);
  const profile = await getDb().learnerProfile.findUnique({
    where: { userId: actor.id },
    select: { advisor: { select: { firstName: true, lastName: true, active: true } } },
  });
  const advisor = profile?.advisor;
  return advisor?.active ? { name: fullName(advisor) } : null;
}
