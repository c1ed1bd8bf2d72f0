import { slaState, type SlaState } from "@/lib/domain/sla";
import type { Messages } from "@/lib/i18n";

type Deadlines = {
  createdAt: Date;
  firstResponseAt: Date | null;
  firstResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
};

/** The deadline that matters now: the first response until there is one, then resolution. */
export function currentSla(r: Deadlines, now: Date): SlaState {
  if (!r.firstResponseAt) return slaState(r.createdAt, r.firstResponseDueAt, null, now);
  return slaState(r.createdAt, r.resolutionDueAt, r.resolvedAt ?? r.closedAt, now);
}

const STYLE: Record<SlaState, string> = {
  ON_TIME: "border-slate-500 text-slate-900",
  MET: "border-green-700 text-green-900",
  DUE_SOON: "border-amber-600 text-amber-900",
  OVERDUE: "border-red-700 bg-red-50 font-semibold text-red-900",
};

/** The SLA state in words, with a border: never colour alone. */
export function SlaBadge({ state, m }: { state: SlaState; m: Messages }) {
  return <span className={`inline-block rounded border-2 px-2 py-0.5 text-xs ${STYLE[state]}`}>{m.triage.sla[state]}</span>;
}
