import "server-only";
import { getDb } from "@/lib/server/db";
import { NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { followedLearnerWhere } from "./advisor-scope";
import { writeAudits } from "./audit";
import { buildTimeline } from "@/lib/domain/timeline";
import { defenceDuringBreak } from "@/lib/domain/breaks";
import { requestHeadSelect } from "./request-fields";
import { mayReadConfidential } from "./confidential";

const person = { select: { firstName: true, lastName: true, email: true, phone: true } } as const;

/**
 * The learner file: profile, path and milestones, commitments and breaks,
 * sessions, requests, cases and appointments, stakeholders, and one timeline.
 * Health and RQTH are read by the advisor and Support only, and each read is audited.
 */
export async function getLearnerFile(actor: Actor, learnerId: string) {
  const db = getDb();
  // Health (absence reasons, health notes) and RQTH are separate kinds: data/confidential.ts decides.
  const readsSensitive = mayReadConfidential(actor, { learnerId, kind: "HEALTH" });
  const readsRqth = mayReadConfidential(actor, { learnerId, kind: "RQTH" });
  // The mentor's private session notes: for the learner's advisor only (never the learner,
  // nor Support or the Mentorship Manager); each read that shows one is audited.
  const readsPrivateNotes = actor.role === "ADVISOR";
  // One statement (relationJoins): the profile, scoped to who may follow the learner, and
  // every list of the file; a learner the actor may not see is nothing at all.
  const found = await db.learnerProfile.findFirst({
    where: { userId: learnerId, ...followedLearnerWhere(actor) },
    select: {
      userId: true,
      startDate: true,
      plannedEndDate: true,
      weeklyCommitment: true,
      user: { select: { firstName: true, lastName: true, email: true, phone: true, active: true } },
      trainingPath: { select: { name: true, code: true } },
      advisor: person,
      mentor: person,
      milestones: { orderBy: { position: "asc" }, select: { id: true, position: true, label: true, plannedDate: true, completedAt: true } },
      breaks: {
        orderBy: { startDate: "desc" },
        select: {
          id: true,
          status: true,
          startDate: true,
          endDate: true,
          createdAt: true,
          decidedAt: true,
          requestId: true,
          // Absence reasons are sensitive: only for the roles that may read them.
          reasonKind: readsSensitive,
          reasonDetails: readsSensitive,
        },
      },
      sessions: {
        orderBy: { scheduledAt: "desc" },
        take: 30,
        select: {
          id: true,
          kind: true,
          status: true,
          cancelledBy: true,
          cancelledForBreakId: true,
          scheduledAt: true,
          durationMinutes: true,
          privateNote: readsPrivateNotes,
          mentor: { select: { firstName: true, lastName: true } },
        },
      },
      requests: { orderBy: { createdAt: "desc" }, take: 30, select: { ...requestHeadSelect, side: true, createdAt: true } },
      followUpCases: {
        orderBy: { openedAt: "desc" },
        select: {
          id: true,
          reason: true,
          status: true,
          outcome: true,
          openedAt: true,
          closedAt: true,
          appointments: { orderBy: { startsAt: "asc" }, select: { id: true, kind: true, status: true, startsAt: true, durationMinutes: true } },
        },
      },
      stakeholders: {
        where: { archivedAt: null },
        orderBy: [{ kind: "asc" }, { organisation: "asc" }],
        select: { id: true, kind: true, organisation: true, personName: true, roleTitle: true, email: true, phone: true },
      },
      exchanges: {
        orderBy: { occurredAt: "desc" },
        take: 30,
        select: { id: true, occurredAt: true, channel: true, summary: true, stakeholder: { select: { organisation: true, kind: true } } },
      },
      signals: { orderBy: { createdAt: "desc" }, take: 20, select: { id: true, kind: true, isoWeek: true, createdAt: true, resolvedAt: true, resolutionNote: true } },
      sensitive: readsSensitive ? { select: { rqth: readsRqth, rqthDetails: readsRqth, accommodations: readsRqth, healthNotes: true } } : false,
    },
  });
  if (!found) throw new NotFoundError();
  const { breaks, sessions, requests, followUpCases: cases, stakeholders, exchanges, signals, sensitive: sensitiveRow, ...profile } = found;
  const sensitive = readsSensitive ? (sensitiveRow ?? null) : null;
  // Every read of special-category data or of a private note is audited (one statement)
  // before anything is returned: a failed audit shows nothing.
  const audits = [
    ...(sensitive ? [{ action: "learner.sensitive.read", entityType: "LearnerSensitive", entityId: learnerId, learnerId }] : []),
    ...(readsPrivateNotes && sessions.some((s) => s.privateNote) ? [{ action: "session.privateNotes.read", entityType: "LearnerProfile", entityId: learnerId, learnerId }] : []),
  ];
  await writeAudits(db, actor.id, audits);
  const timeline = buildTimeline({ sessions, requests, breaks, cases, exchanges, signals, milestones: profile.milestones });
  const approved = breaks.filter((b) => b.status === "APPROVED");
  const flagged = sessions.map((s) => ({ ...s, defenceDuringBreak: defenceDuringBreak(s, approved) }));
  return { profile, breaks, sessions: flagged, requests, cases, stakeholders, exchanges, signals, sensitive, rqthWithReferent: !readsRqth, timeline, canEdit: actor.role === "ADVISOR" };
}
