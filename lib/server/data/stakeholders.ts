import "server-only";
import { getDb } from "@/lib/server/db";
import { NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { refuse } from "@/lib/server/errors";
import { assertAdvisorOf, followedLearnerWhere, requireOwnLearner } from "./advisor-scope";
import { writeAudit } from "./audit";
import { notAgreed } from "@/lib/domain/stakeholders";
import type { ExchangeInput, StakeholderInput } from "@/lib/schemas/stakeholders";

/** The learner's stakeholders (archived ones last) with their exchanges. Never any health or RQTH data. */
export async function listStakeholders(actor: Actor, learnerId: string) {
  const db = getDb();
  const learner = await db.learnerProfile.findFirst({
    where: { userId: learnerId, ...followedLearnerWhere(actor) },
    select: { userId: true, user: { select: { firstName: true, lastName: true } } },
  });
  if (!learner) throw new NotFoundError();
  const stakeholders = await db.stakeholder.findMany({
    where: { learnerId },
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { kind: "asc" }, { organisation: "asc" }],
    select: {
      id: true,
      kind: true,
      organisation: true,
      personName: true,
      roleTitle: true,
      email: true,
      phone: true,
      sharing: true,
      archivedAt: true,
      exchanges: {
        orderBy: { occurredAt: "desc" },
        take: 20,
        select: { id: true, occurredAt: true, channel: true, summary: true, author: { select: { firstName: true, lastName: true } } },
      },
    },
  });
  return { learner: { id: learner.userId, ...learner.user }, stakeholders, canEdit: actor.role === "ADVISOR" };
}

const fields = (input: StakeholderInput) => ({
  kind: input.kind,
  organisation: input.organisation,
  personName: input.personName || null,
  roleTitle: input.roleTitle || null,
  email: input.email ? input.email.toLowerCase() : null,
  phone: input.phone || null,
  sharing: [...new Set(input.sharing)],
});

/** Adds a stakeholder, or edits one of the same learner. */
export async function saveStakeholder(actor: Actor, input: StakeholderInput): Promise<{ stakeholderId: string }> {
  return getDb().$transaction(async (tx) => {
    await requireOwnLearner(tx, actor, input.learnerId);
    if (input.stakeholderId) {
      const before = await tx.stakeholder.findFirst({ where: { id: input.stakeholderId, learnerId: input.learnerId }, select: { sharing: true } });
      if (!before) throw new NotFoundError();
      await tx.stakeholder.update({ where: { id: input.stakeholderId }, data: fields(input) });
      await writeAudit(tx, { actorId: actor.id, action: "stakeholder.updated", entityType: "Stakeholder", entityId: input.stakeholderId, learnerId: input.learnerId, before: { sharing: before.sharing }, after: { sharing: input.sharing } });
      return { stakeholderId: input.stakeholderId };
    }
    const created = await tx.stakeholder.create({ data: { learnerId: input.learnerId, ...fields(input) }, select: { id: true } });
    await writeAudit(tx, { actorId: actor.id, action: "stakeholder.created", entityType: "Stakeholder", entityId: created.id, learnerId: input.learnerId, after: { sharing: input.sharing } });
    return { stakeholderId: created.id };
  });
}

async function ownStakeholder(actor: Actor, stakeholderId: string) {
  assertAdvisorOf(actor);
  const found = await getDb().stakeholder.findFirst({
    where: { id: stakeholderId, learner: { advisorId: actor.id } },
    select: { id: true, learnerId: true, sharing: true, archivedAt: true },
  });
  if (!found) throw new NotFoundError();
  return found;
}

export async function archiveStakeholder(actor: Actor, stakeholderId: string): Promise<void> {
  const found = await ownStakeholder(actor, stakeholderId);
  await getDb().$transaction(async (tx) => {
    await tx.stakeholder.update({ where: { id: found.id }, data: { archivedAt: found.archivedAt ?? new Date() } });
    await writeAudit(tx, { actorId: actor.id, action: "stakeholder.archived", entityType: "Stakeholder", entityId: found.id, learnerId: found.learnerId });
  });
}

/** Logs an exchange; refused when it would share what the learner did not agree to (health, RQTH…). */
export async function logExchange(actor: Actor, input: ExchangeInput): Promise<void> {
  const found = await ownStakeholder(actor, input.stakeholderId);
  if (found.archivedAt) throw refuse.form("archived");
  if (notAgreed(found.sharing, input.shared).length > 0) throw refuse.field("shared", "notAgreed");
  await getDb().$transaction(async (tx) => {
    const exchange = await tx.stakeholderExchange.create({
      data: {
        stakeholderId: found.id,
        learnerId: found.learnerId,
        authorId: actor.id,
        occurredAt: new Date(`${input.occurredOn}T12:00:00Z`),
        channel: input.channel,
        summary: input.summary,
      },
      select: { id: true },
    });
    await writeAudit(tx, { actorId: actor.id, action: "stakeholder.exchange", entityType: "StakeholderExchange", entityId: exchange.id, learnerId: found.learnerId, after: { shared: input.shared } });
  });
}
