import "server-only";
import type { Prisma } from "@prisma/client";
import { getDb } from "@/lib/server/db";
import { assertRole, type Actor } from "@/lib/server/auth/actor";
import {
  readImportCsv,
  planImport,
  type ExistingUser,
  type FileErrorCode,
  type ImportContext,
  type ImportKind,
  type ImportPlan,
  type LearnerRow,
  type RowError,
  type StaffRow,
} from "@/lib/domain/import-csv";
import { normalizeEmail } from "@/lib/domain/email";
import { writeAudits, type AuditEntry } from "@/lib/server/data/audit";
import { recordAssignmentChanges, type AssignmentChange } from "./assignments";
import { inviteUsers } from "./auth-tokens";

/** What the preview shows per row (no dates or ids: just what the admin reads, the names as decoded). */
export type PreviewRow = { line: number; email: string; firstName: string; lastName: string; action: "create" | "update" | "unchanged" | "error"; changes: string[]; errors: RowError[] };

export type ImportPreview =
  | { ok: true; counts: ImportPlan["counts"]; rows: PreviewRow[] }
  | { ok: false; error: FileErrorCode; columns?: string[]; line?: number };

export type ImportResult =
  | { ok: true; created: number; updated: number; unchanged: number; elapsedMs: number }
  | { ok: false; error: FileErrorCode | "rowErrors"; columns?: string[]; line?: number; preview?: ImportPreview };

/** What the database holds for the emails and references of the file: three queries, whatever its size. */
async function loadContext(tx: Prisma.TransactionClient, rows: Record<string, string>[]): Promise<ImportContext> {
  const emails = [...new Set(rows.map((r) => normalizeEmail(r.email ?? "")).filter(Boolean))];
  const staffEmails = [...new Set(rows.flatMap((r) => [r.advisor_email, r.mentor_email]).filter(Boolean).map((e) => normalizeEmail(e)))];
  const [users, paths, staff] = await Promise.all([
    tx.user.findMany({
      where: { email: { in: emails } },
      select: {
        id: true,
        email: true,
        role: true,
        firstName: true,
        lastName: true,
        locale: true,
        phone: true,
        learnerProfile: {
          select: {
            startDate: true,
            plannedEndDate: true,
            weeklyCommitment: true,
            trainingPath: { select: { code: true } },
            advisor: { select: { email: true } },
            mentor: { select: { email: true } },
          },
        },
      },
    }),
    tx.trainingPath.findMany({ select: { code: true, id: true } }),
    tx.user.findMany({ where: { email: { in: staffEmails }, active: true, role: { in: ["ADVISOR", "MENTOR"] } }, select: { email: true, role: true } }),
  ]);
  const existing = new Map<string, ExistingUser>(
    users.map((u) => [
      u.email,
      {
        id: u.id,
        role: u.role,
        firstName: u.firstName,
        lastName: u.lastName,
        locale: u.locale,
        phone: u.phone,
        learner: u.learnerProfile
          ? {
              trainingPathCode: u.learnerProfile.trainingPath.code,
              startDate: u.learnerProfile.startDate,
              plannedEndDate: u.learnerProfile.plannedEndDate,
              weeklyCommitment: u.learnerProfile.weeklyCommitment,
              advisorEmail: u.learnerProfile.advisor?.email ?? null,
              mentorEmail: u.learnerProfile.mentor?.email ?? null,
            }
          : null,
      },
    ]),
  );
  return {
    existing,
    paths: new Set(paths.map((p) => p.code.toUpperCase())),
    staff: new Map(staff.map((s) => [s.email, s.role])),
  };
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** The row's values by CSV column, to log before/after of what an import changed. */
function columns(u: ExistingUser | LearnerRow | StaffRow): Record<string, string | number | null> {
  const base = { first_name: u.firstName, last_name: u.lastName, language: u.locale, ...("phone" in u ? { phone: u.phone } : {}) };
  const l = "learner" in u ? u.learner : "trainingPathCode" in u ? u : null;
  if (!l) return base;
  return {
    ...base,
    training_path: l.trainingPathCode,
    start_date: day(l.startDate),
    planned_end_date: day(l.plannedEndDate),
    weekly_commitment: l.weeklyCommitment,
    advisor_email: l.advisorEmail,
    mentor_email: l.mentorEmail,
  };
}

function updateAudit(userId: string, changed: string[], before: ExistingUser, after: LearnerRow | StaffRow, learner: boolean): Omit<AuditEntry, "actorId"> {
  const pick = (o: Record<string, unknown>) => Object.fromEntries(changed.map((k) => [k, o[k] ?? null]));
  return {
    action: "user.import.updated",
    entityType: "User",
    entityId: userId,
    learnerId: learner ? userId : null,
    before: pick(columns(before)) as Prisma.InputJsonObject,
    after: pick(columns(after)) as Prisma.InputJsonObject,
  };
}

function toPreview(plan: ImportPlan): ImportPreview {
  return {
    ok: true,
    counts: plan.counts,
    rows: plan.rows.map((r) =>
      r.action === "error"
        ? { line: r.line, email: r.email, firstName: r.firstName, lastName: r.lastName, action: r.action, changes: [], errors: r.errors }
        : { line: r.line, email: r.email, firstName: r.firstName, lastName: r.lastName, action: r.action, changes: r.changes, errors: [] },
    ),
  };
}

/** Admin: reads the file (its raw bytes: the encoding is detected here) and says, row by row, what an import would do. Writes nothing. */
export async function previewImport(actor: Actor, kind: ImportKind, file: Uint8Array): Promise<ImportPreview> {
  assertRole(actor, ["ADMIN"]);
  const parsed = readImportCsv(kind, file);
  if (!parsed.ok) return parsed;
  const ctx = await loadContext(getDb(), parsed.rows);
  return toPreview(planImport(kind, parsed.rows, ctx));
}

/**
 * Admin: imports the file in one transaction, all rows or none. The plan is
 * made again inside the transaction, so what is written matches the database
 * at that moment; a file with any error writes nothing. Rows that would not
 * change anything are skipped, so importing the same file twice is a no-op.
 */
export async function runImport(actor: Actor, kind: ImportKind, file: Uint8Array): Promise<ImportResult> {
  assertRole(actor, ["ADMIN"]);
  const began = Date.now();
  const parsed = readImportCsv(kind, file);
  if (!parsed.ok) return parsed;
  return getDb().$transaction(
    async (tx) => {
      const ctx = await loadContext(tx, parsed.rows);
      const plan = planImport(kind, parsed.rows, ctx);
      if (plan.counts.error > 0) return { ok: false, error: "rowErrors", preview: toPreview(plan) };
      const creates = plan.rows.flatMap((r) => (r.action === "create" ? [r] : []));
      const updates = plan.rows.flatMap((r) => (r.action === "update" ? [r] : []));
      const audit: Omit<AuditEntry, "actorId">[] = [];

      const created = creates.length
        ? await tx.user.createManyAndReturn({
            data: creates.map((r) => {
              const row = (r.learner ?? r.staff) as LearnerRow | StaffRow;
              const phone = r.learner?.phone ?? null;
              return { email: row.email, firstName: row.firstName, lastName: row.lastName, locale: row.locale, phone, role: r.staff?.role ?? "LEARNER" };
            }),
            select: { id: true, email: true, firstName: true, locale: true, role: true },
          })
        : [];
      const idByEmail = new Map(created.map((u) => [u.email, u.id]));
      for (const u of created) {
        audit.push({ action: "user.imported", entityType: "User", entityId: u.id, learnerId: u.role === "LEARNER" ? u.id : null, after: { email: u.email, role: u.role } });
      }

      const changes: AssignmentChange[] = [];
      if (kind === "learners") {
        const pathId = new Map((await tx.trainingPath.findMany({ select: { id: true, code: true } })).map((p) => [p.code.toUpperCase(), p.id]));
        const staffIds = new Map(
          (
            await tx.user.findMany({ where: { email: { in: [...ctx.staff.keys()] } }, select: { id: true, email: true } })
          ).map((s) => [s.email, s.id]),
        );
        const staffId = (email: string | null) => (email ? staffIds.get(email)! : null);
        const profileOf = (row: LearnerRow) => ({
          trainingPathId: pathId.get(row.trainingPathCode)!,
          startDate: row.startDate,
          plannedEndDate: row.plannedEndDate,
          weeklyCommitment: row.weeklyCommitment,
          advisorId: staffId(row.advisorEmail),
          mentorId: staffId(row.mentorEmail),
        });
        await tx.learnerProfile.createMany({
          data: creates.map((r) => ({ userId: idByEmail.get(r.email)!, ...profileOf(r.learner!) })),
        });
        for (const r of creates) {
          const userId = idByEmail.get(r.email)!;
          const p = profileOf(r.learner!);
          if (p.advisorId) changes.push({ learnerId: userId, kind: "ADVISOR", from: null, to: p.advisorId });
          if (p.mentorId) changes.push({ learnerId: userId, kind: "MENTOR", from: null, to: p.mentorId });
        }
        const current = new Map(
          (
            await tx.learnerProfile.findMany({ where: { userId: { in: updates.map((r) => r.userId!) } }, select: { userId: true, advisorId: true, mentorId: true } })
          ).map((p) => [p.userId, p]),
        );
        for (const r of updates) {
          const row = r.learner!;
          const before = ctx.existing.get(r.email)!;
          const p = profileOf(row);
          await tx.user.update({
            where: { id: r.userId },
            data: { firstName: row.firstName, lastName: row.lastName, locale: row.locale, ...(row.phone ? { phone: row.phone } : {}) },
          });
          await tx.learnerProfile.upsert({ where: { userId: r.userId }, update: p, create: { userId: r.userId!, ...p } });
          const was = current.get(r.userId!);
          if (r.changes.includes("advisor_email")) changes.push({ learnerId: r.userId!, kind: "ADVISOR", from: was?.advisorId ?? null, to: p.advisorId });
          if (r.changes.includes("mentor_email")) changes.push({ learnerId: r.userId!, kind: "MENTOR", from: was?.mentorId ?? null, to: p.mentorId });
          audit.push(updateAudit(r.userId!, r.changes, before, row, true));
        }
      } else {
        for (const r of updates) {
          const row = r.staff!;
          await tx.user.update({ where: { id: r.userId }, data: { firstName: row.firstName, lastName: row.lastName, locale: row.locale } });
          audit.push(updateAudit(r.userId!, r.changes, ctx.existing.get(r.email)!, row, false));
        }
      }
      await recordAssignmentChanges(tx, changes, actor.id, "Import CSV");
      if (creates.length + updates.length > 0) {
        audit.push({
          action: "import.completed",
          entityType: "Import",
          entityId: kind,
          after: { kind, created: creates.length, updated: updates.length, unchanged: plan.counts.unchanged },
        });
      }
      await writeAudits(tx, actor.id, audit);
      await inviteUsers(tx, created);
      return { ok: true, created: creates.length, updated: updates.length, unchanged: plan.counts.unchanged, elapsedMs: Date.now() - began };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
