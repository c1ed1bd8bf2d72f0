// The audit log in words: which entries belong to which kind of action, what changed
// (before → after), which values are ids to resolve to names, and the CSV it exports.
// Pure: the data function resolves the ids, the page and the export put the words.

/** Reads of special-category data: grouped one line per reader, learner and day. */
export const SENSITIVE_READS = ["learner.sensitive.read", "request.sensitive.read", "session.privateNotes.read", "attachment.download"] as const;

/** The kinds of action an admin filters by, and the action codes each holds. */
export const AUDIT_TYPES = {
  accounts: [
    "admin.bootstrap",
    "user.created",
    "user.updated",
    "user.role.changed",
    "user.deactivated",
    "user.reactivated",
    "user.invitation.sent",
    "user.phone.changed",
    "user.imported",
    "user.import.updated",
    "import.completed",
  ],
  security: ["user.sessions.revoked", "user.password.created", "user.password.reset", "mailbox.email.read"],
  assignments: ["learner.advisor.changed", "learner.mentor.changed", "learner.settings.changed", "learner.weeklyCommitment.update"],
  requests: [
    "request.sensitive.create",
    "request.duplicate.add",
    "mentor.nudge",
    "break.approved",
    "break.refused",
    "inbound.attach",
    "inbound.discard",
    "complaint.requalified",
    "complaint.answered",
    "complaint.corrective",
    "complaint.register.export",
  ],
  followUp: [
    "case.opened",
    "case.closed",
    "appointment.scheduled",
    "appointment.logged",
    "appointment.recorded",
    "appointment.rescheduled",
    "appointment.cancelled",
    "stakeholder.created",
    "stakeholder.updated",
    "stakeholder.archived",
    "stakeholder.exchange",
    "availability.saved",
    "calendarFeed.renewed",
    "calendarFeed.revoked",
    "appointment.booked",
    "appointment.movedByLearner",
    "appointment.cancelledByLearner",
    "bookingLink.sent",
  ],
  privacy: [
    "consent.given",
    "consent.withdrawn",
    "learner.sensitive.update",
    "accommodationPlan.created",
    "accommodationPlan.updated",
    "referral.opened",
    "referral.exchange",
    "learner.erased",
    "learner.export",
    "learner.export.admin",
    "legalHold.set",
    "legalHold.lifted",
    "learner.dossier.export",
    "learner.attendance.export",
  ],
  reads: SENSITIVE_READS,
} as const satisfies Record<string, readonly string[]>;

export type AuditType = keyof typeof AUDIT_TYPES;
export const AUDIT_TYPE_KEYS = Object.keys(AUDIT_TYPES) as AuditType[];
export type AuditAction = (typeof AUDIT_TYPES)[AuditType][number];
export const AUDIT_ACTIONS: readonly string[] = Object.values(AUDIT_TYPES).flat();

/** The message key of an action code ("learner.advisor.changed" → "learnerAdvisorChanged"), or null for a code the catalogue does not know. */
export function auditActionKey(code: string): string | null {
  if (!AUDIT_ACTIONS.includes(code)) return null;
  return code.replace(/[._]([a-zA-Z])/g, (_, c: string) => c.toUpperCase());
}

/** Fields whose values are ids: of a person, a training path or a request. */
export const ID_FIELDS = {
  advisorId: "user",
  mentorId: "user",
  trainingPathId: "path",
  requestId: "request",
  sourceRequestId: "request",
  resolved: "request",
} as const satisfies Record<string, "user" | "path" | "request">;

export type AuditChange = { field: string; before: unknown; after: unknown };

const record = (v: unknown): Record<string, unknown> => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Field by field, what an entry changed: every field of `after` (and of `before` alone), unchanged ones left out when both sides are known. */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const b = record(before);
  const a = record(after);
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const bothKnown = before !== null && before !== undefined && after !== null && after !== undefined;
  return fields
    .filter((field) => !(bothKnown && field in b && field in a && same(b[field], a[field])))
    .map((field) => ({ field, before: field in b ? b[field] : undefined, after: field in a ? a[field] : undefined }));
}

/** The ids an entry mentions that need a name: people, paths, requests. */
export function referencedIds(entry: { entityType: string; entityId: string; before: unknown; after: unknown }) {
  const users: string[] = [];
  const paths: string[] = [];
  const requests: string[] = [];
  if (entry.entityType === "User" || entry.entityType === "LearnerProfile" || entry.entityType === "LearnerSensitive") users.push(entry.entityId);
  if (entry.entityType === "SupportRequest") requests.push(entry.entityId);
  for (const side of [record(entry.before), record(entry.after)]) {
    for (const [field, kind] of Object.entries(ID_FIELDS)) {
      const values = ([] as unknown[]).concat(side[field] ?? []).filter((v): v is string => typeof v === "string");
      (kind === "user" ? users : kind === "path" ? paths : requests).push(...values);
    }
  }
  return { users, paths, requests };
}

/** "Europe/Paris" calendar day strings ("2026-12-03") of a date filter, checked. */
export function isDayString(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/**
 * One CSV line as French Excel reads it: ";" between fields, a field quoted when it holds
 * ";", a quote or a line break, quotes doubled. A field starting with =, +, - or @ is
 * prefixed with a quote so a spreadsheet never runs it as a formula.
 */
export function csvLine(fields: string[]): string {
  return fields
    .map((raw) => {
      const value = /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
      return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
    })
    .join(";");
}

/** The whole file: a UTF-8 byte order mark (Excel then reads the accents), CRLF line ends. */
export function csvFile(lines: string[][]): string {
  return `\uFEFF${lines.map(csvLine).join("\r\n")}\r\n`;
}
