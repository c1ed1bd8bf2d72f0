import "server-only";
import { Prisma } from "@prisma/client";
import { getDb } from "@/lib/server/db";
import { assertRole, NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { refuse } from "@/lib/server/errors";
import { inboxQuery, parseInboxFilters } from "@/lib/domain/inbox";
import { assigneesJson, type Assignee } from "./request-thread";
import type { DeleteRecordInput, SaveViewInput } from "@/lib/schemas/team-tools";

// Saved inbox views: one person's named sets of filters. The query is parsed
// and written again before it is stored, so a view holds only known filters
// (never a page cursor), and it is parsed again whenever it is used.

const TRIAGE = ["SUPPORT", "MENTORSHIP_MANAGER"] as const;
export const SAVED_VIEWS_MAX = 30;

type TeamTools = { assignees: Assignee[]; views: { id: string; name: string; query: string }[] };

/** The inbox's team tools, in one statement: who a request may be assigned to, and the actor's saved views. */
export async function getTeamTools(actor: Actor): Promise<TeamTools> {
  assertRole(actor, TRIAGE);
  const [row] = await getDb().$queryRaw<TeamTools[]>`
    SELECT ${assigneesJson} AS assignees,
      (SELECT coalesce(json_agg(json_build_object('id', v.id, 'name', v.name, 'query', v.query) ORDER BY v.name), '[]')
        FROM "SavedInboxView" v WHERE v."ownerId" = ${actor.id}) AS views`;
  return row;
}

/** Saves the filters under a name; the same name again replaces that view. */
export async function saveInboxView(actor: Actor, input: SaveViewInput): Promise<void> {
  assertRole(actor, TRIAGE);
  const params = Object.fromEntries(new URLSearchParams(input.query.replace(/^\?/, "")));
  const query = inboxQuery({ ...parseInboxFilters(params), after: undefined });
  const name = input.name.trim();
  const db = getDb();
  const same = await db.savedInboxView.findUnique({ where: { ownerId_name: { ownerId: actor.id, name } }, select: { id: true } });
  if (!same && (await db.savedInboxView.count({ where: { ownerId: actor.id } })) >= SAVED_VIEWS_MAX) throw refuse.field("name", "tooManyViews");
  try {
    await db.savedInboxView.upsert({ where: { ownerId_name: { ownerId: actor.id, name } }, create: { ownerId: actor.id, name, query }, update: { query } });
  } catch (error) {
    // Two saves of one new name at once: the second is told to try again.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw refuse.conflict();
    throw error;
  }
}

export async function deleteSavedView(actor: Actor, input: DeleteRecordInput): Promise<void> {
  assertRole(actor, TRIAGE);
  const { count } = await getDb().savedInboxView.deleteMany({ where: { id: input.id, ownerId: actor.id } });
  if (count === 0) throw new NotFoundError("saved view");
}
