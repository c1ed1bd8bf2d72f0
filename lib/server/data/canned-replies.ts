import "server-only";
import type { Locale, Prisma } from "@prisma/client";
import { createTranslator } from "use-intl/core";
import { getDb } from "@/lib/server/db";
import { assertRole, NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { refuse, Refusal } from "@/lib/server/errors";
import { emailIntl } from "@/lib/server/mail/render";
import { checkTemplate, renderTemplate, templateValuesOf, type TemplateValues } from "@/lib/domain/reply-template";
import type { CannedReplyInput, DeleteRecordInput, UpdateCannedReplyInput } from "@/lib/schemas/team-tools";
import { staffScope } from "./inbox";

// Canned replies: shared ones (ownerId null), managed by support and the
// Mentorship Manager, and each person's own. Every staff member who answers
// requests may insert them; the text is rendered here, on the server, from a
// request the actor may see, with the template's closed list of variables
// (names, the request's number, subject and topic: never a health or RQTH field).

const MANAGERS = ["SUPPORT", "MENTORSHIP_MANAGER"] as const;
const USERS = ["SUPPORT", "MENTORSHIP_MANAGER", "ADVISOR"] as const;

/** The replies an actor may use: the shared ones and their own. */
function usable(actor: Actor): Prisma.CannedReplyWhereInput {
  return { OR: [{ ownerId: null }, { ownerId: actor.id }] };
}

const listSelect = { id: true, ownerId: true, locale: true, title: true, body: true, version: true, updatedAt: true } as const;

/** The management page: shared replies and the actor's own, by language then title. */
export async function listCannedReplies(actor: Actor) {
  assertRole(actor, MANAGERS);
  return getDb().cannedReply.findMany({ where: usable(actor), orderBy: [{ locale: "asc" }, { title: "asc" }], select: listSelect });
}

/** One reply to edit: shared, or the actor's own (another person's is not found). */
export async function getCannedReply(actor: Actor, id: string) {
  assertRole(actor, MANAGERS);
  const reply = await getDb().cannedReply.findFirst({ where: { AND: [usable(actor), { id }] }, select: listSelect });
  if (!reply) throw new NotFoundError("canned reply");
  return reply;
}

/** An unknown variable, or braces left open, is a field error naming it; nothing is written. */
export function assertTemplate(field: string, body: string): void {
  const problem = checkTemplate(body);
  if (!problem) return;
  if (problem.kind === "unclosed") throw refuse.field(field, "templateUnclosed");
  throw new Refusal({ fieldErrors: { [field]: "unknownVariable" }, values: { name: problem.name } });
}

export async function createCannedReply(actor: Actor, input: CannedReplyInput): Promise<{ id: string }> {
  assertRole(actor, MANAGERS);
  assertTemplate("body", input.body);
  return getDb().cannedReply.create({
    data: { ownerId: input.scope === "SHARED" ? null : actor.id, locale: input.locale, title: input.title.trim(), body: input.body },
    select: { id: true },
  });
}

export async function updateCannedReply(actor: Actor, input: UpdateCannedReplyInput): Promise<void> {
  assertRole(actor, MANAGERS);
  assertTemplate("body", input.body);
  await getCannedReply(actor, input.id);
  const { count } = await getDb().cannedReply.updateMany({
    where: { AND: [usable(actor), { id: input.id, version: input.version }] },
    data: { ownerId: input.scope === "SHARED" ? null : actor.id, locale: input.locale, title: input.title.trim(), body: input.body, version: { increment: 1 } },
  });
  if (count === 0) throw refuse.conflict();
}

export async function deleteCannedReply(actor: Actor, input: DeleteRecordInput): Promise<void> {
  assertRole(actor, MANAGERS);
  const { count } = await getDb().cannedReply.deleteMany({ where: { AND: [usable(actor), { id: input.id }] } });
  if (count === 0) throw new NotFoundError("canned reply");
}

/** What a request gives its templates in a language: read in the actor's scope, names only. */
export async function templateValuesFor(actor: Actor, requestId: string, locale: Locale): Promise<TemplateValues> {
  assertRole(actor, USERS);
  const person = { select: { firstName: true, lastName: true } } as const;
  const request = await getDb().supportRequest.findFirst({
    where: { AND: [staffScope(actor), { id: requestId }] },
    select: { number: true, subject: true, topic: true, learner: { select: { user: person, advisor: person, mentor: person } } },
  });
  if (!request) throw new NotFoundError("request");
  const topics = createTranslator({ ...emailIntl(locale).options, namespace: "topics" });
  return templateValuesOf({
    learner: request.learner.user,
    advisor: request.learner.advisor,
    mentor: request.learner.mentor,
    request: { number: request.number, subject: request.subject, topicLabel: topics(request.topic) },
    agent: actor,
  });
}

/**
 * The reply box's "/" picker: every reply the actor may use, rendered for this request
 * (the request's requester's language first).
 */
export async function cannedRepliesForRequest(actor: Actor, requestId: string) {
  assertRole(actor, USERS);
  // Side by side: nothing of the replies is returned unless the request is in scope.
  const [head, replies] = await Promise.all([
    getDb().supportRequest.findFirst({ where: { AND: [staffScope(actor), { id: requestId }] }, select: { author: { select: { locale: true } } } }),
    getDb().cannedReply.findMany({ where: usable(actor), orderBy: [{ title: "asc" }], select: { id: true, ownerId: true, locale: true, title: true, body: true } }),
  ]);
  if (!head) throw new NotFoundError("request");
  const values = new Map<Locale, TemplateValues>();
  for (const locale of new Set(replies.map((r) => r.locale))) values.set(locale, await templateValuesFor(actor, requestId, locale));
  const preferred = head.author.locale;
  return replies
    .map((r) => ({ id: r.id, title: r.title, locale: r.locale, shared: r.ownerId === null, text: renderTemplate(r.body, values.get(r.locale)!) }))
    .sort((a, b) => Number(b.locale === preferred) - Number(a.locale === preferred));
}
