import { getTranslations } from "next-intl/server";
import type { RequestStatus } from "@prisma/client";
import { slaReadAt, slaState, type SlaState } from "@/lib/domain/sla";
import { Badge, type BadgeTone } from "@/components/ui/badge";

type Deadlines = {
  createdAt: Date;
  firstResponseAt: Date | null;
  firstResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  waitingSince: Date | null;
};

/** The deadline that matters now: the first response until there is one, then resolution. */
export function currentSla(r: Deadlines, at: Date): SlaState {
  // A request waiting for its requester: the clock stands where the wait began.
  const now = slaReadAt(r.waitingSince, at);
  if (!r.firstResponseAt) return slaState(r.createdAt, r.firstResponseDueAt, null, now);
  return slaState(r.createdAt, r.resolutionDueAt, r.resolvedAt ?? r.closedAt, now);
}

const SLA_TONE: Record<SlaState, BadgeTone> = { ON_TIME: "neutral", MET: "success", DUE_SOON: "warning", OVERDUE: "danger" };

/** The SLA state in words (the Badge never relies on colour alone). */
export async function SlaBadge({ state }: { state: SlaState }) {
  const t = await getTranslations("triage.sla");
  return <Badge tone={SLA_TONE[state]}>{t(state)}</Badge>;
}

const STATUS_TONE: Record<RequestStatus, BadgeTone> = {
  NEW: "info",
  IN_PROGRESS: "neutral",
  WAITING_FOR_REQUESTER: "warning",
  RESOLVED: "success",
  CLOSED: "neutral",
};

export async function StatusBadge({ status }: { status: RequestStatus }) {
  const t = await getTranslations("requestStatus");
  return <Badge tone={STATUS_TONE[status]}>{t(status)}</Badge>;
}
