import "server-only";
import { notifyFollowersInTx } from "./followers";
import type { RequestStatus } from "@prisma/client";
import { getDb, TX_OPTIONS } from "@/lib/server/db";
import { now as clockNow } from "@/lib/server/clock";
import { assertRole, NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { refuse } from "@/lib/server/errors";
import { renderTemplate } from "@/lib/domain/reply-template";
import { requestPathFor } from "@/lib/domain/request-paths";
import type { DeleteRecordInput, MacroInput, RunMacroInput, UpdateMacroInput } from "@/lib/schemas/team-tools";
import { enqueueEmail } from "./outbox";
import { loopClosedEmail, reassignedEmail, replyEmail } from "@/lib/server/mail/templates/requests";
import { staffScope } from "./inbox";
import { statusChange } from "./triage";
import { inviteToSurveyInTx } from "./satisfaction";
import { waitingClockSelect } from "./waiting";
import { requestHeadSelect } from "./request-fields";
import { assertTemplate, templateValuesFor } from "./canned-replies";
import { queueOfRole } from "./request-tools";

// Macros: one click for a reply, a status and an assignment ("Transmis au
// conseiller", "Justificatif demandé"). Shared by support and the Mentorship
// Manager, who run them; only the Mentorship Manager edits them. A macro runs in
// one transaction under the request's version: all of it happens, or nothing.

const RUNNERS = ["SUPPORT", "MENTORSHIP_MANAGER"] as const;
const EDITORS = ["MENTORSHIP_MANAGER"] as const;

const select = { id: true, title: true, locale: true, reply: true, status: true, assignment: true, version: true } as const;

export async function listMacros(actor: Actor) {
  assertRole(actor, RUNNERS);
  return getDb().macro.findMany({ orderBy: [{ locale: "asc" }, { title: "asc" }], select });
}

export async function getMacro(actor: Actor, id: string) {
  assertRole(actor, EDITORS);
  const macro = await getDb().macro.findUnique({ where: { id }, select });
  if (!macro) throw new NotFoundError("macro");
  return macro;
}

const dataOf = (input: MacroInput) => ({
  title: input.title.trim(),
  locale: input.locale,
  reply: input.reply.trim() ? input.reply : null,
  status: input.status === "" ? null : input.status,
  assignment: input.assignment,
});

function assertUseful(input: MacroInput) {
  assertTemplate("reply", input.reply);
  // A macro that does nothing is a mistake, not a macro.
  if (!input.reply.trim() && input.status === "" && input.assignment === "KEEP") throw refuse.form("macroEmpty");
}

export async function createMacro(actor: Actor, input: MacroInput): Promise<{ id: string }> {
  assertRole(actor, EDITORS);
  assertUseful(input);
  return getDb().macro.create({ data: dataOf(input), select: { id: true } });
}

export async function updateMacro(actor: Actor, input: UpdateMacroInput): Promise<void> {
  assertRole(actor, EDITORS);
  assertUseful(input);
  await getMacro(actor, input.id);
  const { count } = await getDb().macro.updateMany({ where: { id: input.id, version: input.version }, data: { ...dataOf(input), version: { increment: 1 } } });
  if (count === 0) throw refuse.conflict();
}

export async function deleteMacro(actor: Actor, input: DeleteRecordInput): Promise<void> {
  assertRole(actor, EDITORS);
  const { count } = await getDb().macro.deleteMany({ where: { id: input.id } });
  if (count === 0) throw new NotFoundError("macro");
}

const people = { select: { id: true, email: true, firstName: true, lastName: true, locale: true, role: true, active: true } } as const;

/** Runs a macro on a request: its reply (rendered for this request), its status and its assignment, together. */
export async function runMacro(actor: Actor, input: RunMacroInput, now = clockNow()): Promise<void> {
  assertRole(actor, RUNNERS);
  const macro = await getDb().macro.findUnique({ where: { id: input.macroId }, select });
  if (!macro) throw refuse.field("macroId", "macro");
  const request = await getDb().supportRequest.findFirst({
    where: { AND: [staffScope(actor), { id: input.id }] },
    select: {
      ...requestHeadSelect,
      ...waitingClockSelect,
      side: true,
      queue: true,
      loopClosedAt: true,
      assigneeId: true,
      author: people,
      learner: { select: { advisor: people, user: { select: { firstName: true, lastName: true } } } },
    },
  });
  if (!request) throw new NotFoundError("request");
  const reply = macro.reply ? renderTemplate(macro.reply, await templateValuesFor(actor, request.id, macro.locale)) : null;

  const advisor = request.learner.advisor;
  if (macro.assignment === "LEARNER_ADVISOR" && (!advisor || !advisor.active)) throw refuse.form("noAdvisor");
  const target = macro.assignment === "ACTOR" ? { ...actor, active: true } : macro.assignment === "LEARNER_ADVISOR" ? advisor! : null;
  const move = target && target.id !== request.assigneeId ? { target, queue: queueOfRole(target.role) } : null;

  // A reply on a new request starts the work, as a reply from the reply box does.
  const to: RequestStatus | null = macro.status ?? (reply && request.status === "NEW" ? "IN_PROGRESS" : null);
  const status = to && to !== request.status ? statusChange(request, to, now) : null;
  const learnerName = `${request.learner.user.firstName} ${request.learner.user.lastName}`;

  await getDb().$transaction(async (tx) => {
    const { count } = await tx.supportRequest.updateMany({
      where: { id: request.id, version: input.version },
      data: {
        version: { increment: 1 },
        ...(status?.data ?? {}),
        ...(move ? { assigneeId: move.target.id, queue: move.queue } : {}),
        ...(reply && !request.firstResponseAt ? { firstResponseAt: now } : {}),
      },
    });
    if (count === 0) {
      const current = await tx.supportRequest.findUniqueOrThrow({ where: { id: request.id }, select: { status: true, assignee: { select: { firstName: true, lastName: true } } } });
      throw refuse.conflict({ status: current.status, assignee: current.assignee && `${current.assignee.firstName} ${current.assignee.lastName}` });
    }
    const event = { requestId: request.id, actorId: actor.id, createdAt: now };
    if (reply) {
      await tx.requestEvent.create({ data: { ...event, type: "REPLY", visibility: "PUBLIC", body: reply } });
      await enqueueEmail(tx, replyEmail(request.author, request, { name: `${actor.firstName} ${actor.lastName}`, role: actor.role }, reply, requestPathFor(request.author.role, request.id)));
    }
    if (status) {
      await tx.requestEvent.create({ data: { ...event, type: "STATUS_CHANGED", visibility: "PUBLIC", fromStatus: request.status, toStatus: to } });
      if (status.closeLoop) await enqueueEmail(tx, loopClosedEmail(request.author, request, learnerName));
      if (to === "RESOLVED" || to === "CLOSED") await inviteToSurveyInTx(tx, { requestId: request.id }, now);
    }
    if (move) {
      await tx.requestEvent.create({
        data: { ...event, type: "REASSIGNED", visibility: "INTERNAL", body: macro.title, fromAssigneeId: request.assigneeId, toAssigneeId: move.target.id, fromQueue: request.queue, toQueue: move.queue },
      });
      if (move.target.id !== actor.id) {
        await enqueueEmail(tx, reassignedEmail(move.target, request, `${actor.firstName} ${actor.lastName}`, learnerName, macro.title, requestPathFor(move.target.role, request.id)));
      }
    }
    // One line for the followers: the macro's most telling step.
    const kind = status ? "STATUS_CHANGED" : move ? "ASSIGNED" : reply ? "REPLY" : null;
    if (kind) await notifyFollowersInTx(tx, request.id, { kind, actorId: actor.id, at: now, exclude: [move?.target.id] });
  }, TX_OPTIONS);
}
