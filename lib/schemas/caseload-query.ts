import { z } from "zod";
import { idSchema, isSafeLine } from "./fields";
import { CASELOAD_SORTS } from "@/lib/domain/caseload-view";
import { RISK_LEVELS, RISK_REASONS } from "@/lib/domain/risk";
import { CASELOAD_ONLY } from "@/lib/domain/worklist";

const id = idSchema();

/** The dashboard's search params; anything malformed is dropped, not an error. */
export const caseloadQuerySchema = z.object({
  q: z.string().max(100).refine(isSafeLine).optional().catch(undefined),
  risk: z.enum(RISK_LEVELS).optional().catch(undefined),
  reason: z.enum(RISK_REASONS).optional().catch(undefined),
  path: id.optional().catch(undefined),
  mentor: id.optional().catch(undefined),
  /** What a summary tile counts: the tile links here. */
  only: z.enum(CASELOAD_ONLY).optional().catch(undefined),
  sort: z.enum(CASELOAD_SORTS as [string, ...string[]]).optional().catch(undefined),
  after: id.optional().catch(undefined),
});

export type CaseloadQuery = z.infer<typeof caseloadQuerySchema>;

export function parseCaseloadQuery(params: Record<string, string | string[] | undefined>): CaseloadQuery {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined]));
  return caseloadQuerySchema.parse(flat);
}
