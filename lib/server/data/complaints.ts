import "server-only";
import type { Prisma } from "@prisma/client";
import { getDb, TX_OPTIONS } from "@/lib/server/db";
import { now as clockNow } from "@/lib/server/clock";
import { assertRole, NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { refuse } from "@/lib/server/errors";
import { writeAudit } from "@/lib/server/data/audit";
import { enqueueEmail } from "@/lib/server/data/outbox";
import { notifyInTx } from "@/lib/server/data/notifications";
import { complaintAcknowledgementEmail } from "@/lib/server/mail/templates/complaints";
import { replyEmail } from "@/lib/server/mail/templates/requests";
import { complaintDueAt, complaintStatus, complaintWorkingDays } from "@/lib/domain/complaints";
import { routesToReferent } from "@/lib/domain/confidential";
import { requestPathFor } from "@/lib/domain/request-paths";
import type { AnswerComplaintInput, CorrectiveActionInput, RequalifyComplaintInput } from "@/lib/schemas/complaints";
import { staffScope } from "./inbox";

// Complaints (issue 16, item 5; Qualiopi indicator 31). A complaint is a request marked as
// one: filed with the contact form's flag, or requalified by staff with a reason. The
// request stays in its queue (whoever handles it keeps its thread, its SLA and its
// reply-by-email); the complaint's own life — acknowledgement, deadline, answer, corrective
// action — is kept in the register, which only the Mentorship Manager and administrators read
// and write: they answer for complaints before the auditor.

export const REGISTER_ROLES = ["MENTORSHIP_MANAGER", "ADMIN"] as const;

const author = { select: { id: true, email: true, firstName: true, lastName: true, locale: true, role: true, active: true } } as const;

/**
 * Opens the complaint of a request inside the caller's transaction and acknowledges it to
 * the request's author (number, receipt, deadline): received when the request was filed.
 */
export async function openComplaintInTx(
  tx: Prisma.TransactionClient,
  requestId: string,
  requalified: { reason: string; byId: string } | null,
  now: Date,
  /** When the complaint came: the request's filing, unless it came later (added to the request). */
  receivedAt: Date | null = null,
): Promise<{ id: string; dueAt: Date }> {
  const request = await tx.supportRequest.findUniqueOrThrow({ where: { id: requestId }, select: { id: true, number: true, subject: true, createdAt: true, author } });
  const received = receivedAt ?? request.createdAt;
  const dueAt = complaintDueAt(received, complaintWorkingDays(process.env));
  const complaint = await tx.complaint.create({
    data: {
      requestId,
      receivedAt: received,
      dueAt,
      acknowledgedAt: request.author.active ? now : null,
      requalifiedReason: requalified?.reason ?? null,
      requalifiedById: requalified?.byId ?? null,
    },
    select: { id: true, dueAt: true },
  });
  if (request.author.active) {
    const path = requestPathFor(request.author.role, request.id);
    await enqueueEmail(tx, complaintAcknowledgementEmail(request.author, { number: request.number, subject: request.subject, receivedAt: received, dueAt }, path));
  }
  return complaint;
}

/** Staff who may see the request requalify it as a complaint, with why; refused when it already is one. */
export async function requalifyAsComplaint(actor: Actor, input: RequalifyComplaintInput, now = clockNow()): Promise<{ id: string }> {
  const request = await getDb().supportRequest.findFirst({ where: { AND: [staffScope(actor), { id: input.id }] }, select: { id: true, learnerId: true, complaint: { select: { id: true } } } });
  if (!request) throw new NotFoundError("request");
  if (request.complaint) throw refuse.form("alreadyComplaint");
  return getDb().$transaction(async (tx) => {
    const exists = await tx.complaint.count({ where: { requestId: request.id } });
    if (exists) throw refuse.form("alreadyComplaint");
    const complaint = await openComplaintInTx(tx, request.id, { reason: input.reason.trim(), byId: actor.id }, now);
    await tx.requestEvent.create({ data: { requestId: request.id, actorId: actor.id, type: "INTERNAL_NOTE", visibility: "INTERNAL", body: input.reason.trim(), createdAt: now } });
    await writeAudit(tx, { actorId: actor.id, action: "complaint.requalified", entityType: "SupportRequest", entityId: request.id, learnerId: request.learnerId, after: { complaintId: complaint.id } });
    return { id: complaint.id };
  }, TX_OPTIONS);
}

/** The complaint of a request, for the staff who may see the request (its register line is for the register's readers). */
export async function getRequestComplaint(actor: Actor, requestId: string) {
  const request = await getDb().supportRequest.findFirst({
    where: { AND: [staffScope(actor), { id: requestId }] },
    select: { number: true, complaint: { select: { id: true, dueAt: true, status: true } } },
  });
  if (!request) throw new NotFoundError("request");
  return request.complaint ? { ...request.complaint, number: request.number } : null;
}

const registerSelect = {
  id: true,
  receivedAt: true,
  dueAt: true,
  acknowledgedAt: true,
  status: true,
  answer: true,
  answeredAt: true,
  correctiveAction: true,
  correctiveDoneAt: true,
  requalifiedReason: true,
  request: { select: { id: true, number: true, subject: true, topic: true, learnerId: true, author: { select: { firstName: true, lastName: true, role: true } } } },
} as const satisfies Prisma.ComplaintSelect;

type RegisterRow = Prisma.ComplaintGetPayload<{ select: typeof registerSelect }>;

/** A register line: an RQTH request's subject is its confidential envelope, said as such. */
function toLine(c: RegisterRow) {
  const { topic, ...request } = c.request;
  return { ...c, request: { ...request, confidential: routesToReferent(topic) } };
}

export type ComplaintLine = ReturnType<typeof toLine>;

/** Every complaint, newest first: the register (Mentorship Manager, administrators). */
export async function listComplaints(actor: Actor): Promise<ComplaintLine[]> {
  assertRole(actor, REGISTER_ROLES);
  const rows = await getDb().complaint.findMany({ select: registerSelect, orderBy: [{ receivedAt: "desc" }, { id: "asc" }] });
  return rows.map(toLine);
}

/** One complaint of the register. */
export async function getComplaint(actor: Actor, id: string): Promise<ComplaintLine> {
  assertRole(actor, REGISTER_ROLES);
  const row = await getDb().complaint.findUnique({ where: { id }, select: registerSelect });
  if (!row) throw new NotFoundError("complaint");
  return toLine(row);
}

/**
 * The answer, once: written on the complaint and sent to the request's author as a public
 * reply on the request (its email, its notification, its first response), in one transaction.
 */
export async function answerComplaint(actor: Actor, input: AnswerComplaintInput, now = clockNow()): Promise<void> {
  assertRole(actor, REGISTER_ROLES);
  await getDb().$transaction(async (tx) => {
    const complaint = await tx.complaint.findUnique({
      where: { id: input.id },
      select: { correctiveDoneAt: true, request: { select: { id: true, number: true, subject: true, topic: true, priority: true, status: true, firstResponseAt: true, learnerId: true, author } } },
    });
    if (!complaint) throw new NotFoundError("complaint");
    const answer = input.answer.trim();
    const { count } = await tx.complaint.updateMany({
      where: { id: input.id, answeredAt: null },
      data: { answer, answeredAt: now, answeredById: actor.id, status: complaintStatus({ answeredAt: now, correctiveDoneAt: complaint.correctiveDoneAt }) },
    });
    if (count !== 1) throw refuse.form("alreadyAnswered");
    const { request } = complaint;
    await tx.requestEvent.create({ data: { requestId: request.id, actorId: actor.id, type: "REPLY", visibility: "PUBLIC", body: answer, createdAt: now } });
    if (!request.firstResponseAt) await tx.supportRequest.update({ where: { id: request.id }, data: { firstResponseAt: now } });
    await notifyInTx(tx, [{ userId: request.author.id, kind: "REPLY", requestId: request.id, actorId: actor.id, at: now }]);
    if (request.author.active) {
      await enqueueEmail(tx, replyEmail(request.author, request, { name: `${actor.firstName} ${actor.lastName}`, role: actor.role }, answer, requestPathFor(request.author.role, request.id)));
    }
    await writeAudit(tx, { actorId: actor.id, action: "complaint.answered", entityType: "Complaint", entityId: input.id, learnerId: request.learnerId });
  }, TX_OPTIONS);
}

/** The corrective action and the day it was done; answered and done, the complaint is closed. */
export async function recordCorrectiveAction(actor: Actor, input: CorrectiveActionInput): Promise<void> {
  assertRole(actor, REGISTER_ROLES);
  await getDb().$transaction(async (tx) => {
    const complaint = await tx.complaint.findUnique({ where: { id: input.id }, select: { answeredAt: true, request: { select: { learnerId: true } } } });
    if (!complaint) throw new NotFoundError("complaint");
    const correctiveDoneAt = input.correctiveDoneOn ? new Date(`${input.correctiveDoneOn}T00:00:00Z`) : null;
    await tx.complaint.update({
      where: { id: input.id },
      data: { correctiveAction: input.correctiveAction.trim(), correctiveDoneAt, status: complaintStatus({ answeredAt: complaint.answeredAt, correctiveDoneAt }) },
    });
    await writeAudit(tx, { actorId: actor.id, action: "complaint.corrective", entityType: "Complaint", entityId: input.id, learnerId: complaint.request.learnerId, after: { correctiveDoneOn: input.correctiveDoneOn || null } });
  }, TX_OPTIONS);
}

/** Records that the register was downloaded (CSV or PDF), for the audit log. */
export async function auditRegisterExport(actor: Actor, format: "csv" | "pdf", count: number): Promise<void> {
  assertRole(actor, REGISTER_ROLES);
  await getDb().$transaction((tx) => writeAudit(tx, { actorId: actor.id, action: "complaint.register.export", entityType: "Complaint", entityId: "register", after: { format, count } }));
}
