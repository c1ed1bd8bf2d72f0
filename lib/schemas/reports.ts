import { z } from "zod";
import { idSchema } from "./fields";
import { GRANULARITIES } from "@/lib/domain/reports/period";

const id = idSchema();

/** The reports' search params; anything malformed is dropped, not an error (the defaults apply). */
export const reportQuerySchema = z.object({
  granularity: z.enum(GRANULARITIES).optional().catch(undefined),
  period: z
    .string()
    .regex(/^\d{4}-(W\d{2}|\d{2}|Q[1-4])$/)
    .optional()
    .catch(undefined),
  advisor: id.optional().catch(undefined),
  mentor: id.optional().catch(undefined),
  path: id.optional().catch(undefined),
  group: z
    .string()
    .regex(/^[A-Z0-9_:]{1,60}$/)
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

export type ReportQuery = z.infer<typeof reportQuerySchema>;

export function parseReportQuery(params: Record<string, string | string[] | undefined>): ReportQuery {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined]));
  return reportQuerySchema.parse(flat);
}
