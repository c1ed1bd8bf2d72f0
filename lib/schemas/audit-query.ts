import "./zod-config";
import { z } from "zod";
import { AUDIT_TYPE_KEYS, isDayString } from "@/lib/domain/audit-log";

const email = z.string().trim().min(1).max(254).optional().catch(undefined);
const day = z.string().refine(isDayString).optional().catch(undefined);

/** The audit log's search params (page and export alike); anything malformed is dropped, not an error. */
export const auditQuerySchema = z.object({
  user: email,
  learner: email,
  type: z.enum(AUDIT_TYPE_KEYS as [string, ...string[]]).optional().catch(undefined),
  from: day,
  to: day,
  view: z.enum(["changes", "reads"]).catch("changes"),
  after: z.string().regex(/^[A-Za-z0-9_-]{1,60}$/).optional().catch(undefined),
  page: z.string().regex(/^\d{1,4}$/).transform(Number).catch(0),
});

export type AuditQuery = z.infer<typeof auditQuerySchema>;

export function parseAuditQuery(params: Record<string, string | string[] | undefined>): AuditQuery {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined]));
  return auditQuerySchema.parse(flat);
}

/** The query string of the filters (without the page position), for links and the export. */
export function auditQueryString(q: Partial<AuditQuery>): string {
  const entries: [string, string | undefined][] = [
    ["user", q.user],
    ["learner", q.learner],
    ["type", q.type],
    ["from", q.from],
    ["to", q.to],
    ["view", q.view === "reads" ? "reads" : undefined],
  ];
  return new URLSearchParams(entries.filter((e): e is [string, string] => Boolean(e[1]))).toString();
}
