// Sorting, filtering and keyset pagination of the caseload, once each row's
// risk is known. Pure: the dashboard computes every row of the caseload (a
// fixed number of queries) and shows one page of it.
import { riskRank, type RiskLevel, type RiskReason } from "./risk";

export type CaseloadSort = "attention" | "name" | "progress" | "lastSession";
export const CASELOAD_SORTS: readonly CaseloadSort[] = ["attention", "name", "progress", "lastSession"];

export type CaseloadFilter = {
  q?: string;
  risk?: RiskLevel;
  reason?: RiskReason;
  pathId?: string;
  mentorId?: string;
  /** A summary tile's rows: at risk (any level but NONE), or no session held this week outside a break. */
  only?: "atRisk" | "noSession";
};

export type ViewRow = {
  id: string;
  firstName: string;
  lastName: string;
  pathId: string;
  mentorId: string | null;
  level: RiskLevel;
  reasons: RiskReason[];
  /** Weeks late (positive) or ahead (negative). */
  lateWeeks: number;
  lastHeldAt: Date | null;
  sessionsThisWeek: number;
  onBreak: boolean;
};

function normalise(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

export function filterRows<T extends ViewRow>(rows: T[], f: CaseloadFilter): T[] {
  const q = f.q ? normalise(f.q.trim()) : "";
  return rows.filter(
    (r) =>
      (!q || normalise(`${r.firstName} ${r.lastName}`).includes(q) || normalise(`${r.lastName} ${r.firstName}`).includes(q)) &&
      (!f.risk || r.level === f.risk) &&
      (!f.reason || r.reasons.includes(f.reason)) &&
      (!f.pathId || r.pathId === f.pathId) &&
      (!f.mentorId || r.mentorId === f.mentorId) &&
      (f.only !== "atRisk" || r.level !== "NONE") &&
      (f.only !== "noSession" || (r.sessionsThisWeek === 0 && !r.onBreak)),
  );
}

const byName = (a: ViewRow, b: ViewRow) =>
  a.lastName.localeCompare(b.lastName, "fr") || a.firstName.localeCompare(b.firstName, "fr") || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** "Needs attention" first: risk level, then the number of reasons, then name. */
export function sortRows<T extends ViewRow>(rows: T[], sort: CaseloadSort): T[] {
  const copy = [...rows];
  const compare: Record<CaseloadSort, (a: ViewRow, b: ViewRow) => number> = {
    attention: (a, b) => riskRank(a.level) - riskRank(b.level) || b.reasons.length - a.reasons.length || byName(a, b),
    name: byName,
    progress: (a, b) => b.lateWeeks - a.lateWeeks || byName(a, b),
    lastSession: (a, b) => (a.lastHeldAt?.getTime() ?? 0) - (b.lastHeldAt?.getTime() ?? 0) || byName(a, b),
  };
  return copy.sort(compare[sort]);
}

/** One page after the row whose id is `after` (keyset on the sorted order; an unknown id restarts). */
export function pageAfter<T extends { id: string }>(rows: T[], after: string | undefined, size: number) {
  const start = after ? rows.findIndex((r) => r.id === after) + 1 : 0;
  const items = rows.slice(start, start + size);
  const hasMore = start + size < rows.length;
  return { items, nextCursor: hasMore && items.length > 0 ? items[items.length - 1].id : null };
}
