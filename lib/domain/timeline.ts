// One timeline of everything about a learner, newest first.

export type TimelineEntry = {
  id: string;
  at: Date;
  kind: "session" | "request" | "break" | "case-opened" | "case-closed" | "appointment" | "exchange" | "signal" | "signal-handled" | "milestone";
  /** What the entry is about, interpreted by the page (a status, a topic…). */
  detail: Record<string, string>;
  href?: string;
};

type Sources = {
  sessions: { id: string; scheduledAt: Date; status: string; kind: string }[];
  requests: { id: string; createdAt: Date; number: number; subject: string; topic: string; status: string }[];
  breaks: { id: string; createdAt: Date; status: string; startDate: Date; endDate: Date }[];
  cases: {
    id: string;
    openedAt: Date;
    closedAt: Date | null;
    reason: string;
    outcome: string | null;
    appointments: { id: string; startsAt: Date; kind: string; status: string }[];
  }[];
  exchanges: { id: string; occurredAt: Date; channel: string; summary: string; stakeholder: { organisation: string } }[];
  signals: { id: string; createdAt: Date; kind: string; isoWeek: string; resolvedAt?: Date | null; resolutionNote?: string | null }[];
  milestones: { id: string; completedAt: Date | null; label: string }[];
};

const day = (d: Date) => d.toISOString().slice(0, 10);

export function buildTimeline(s: Sources, limit = 60): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...s.sessions.map((x) => ({ id: `s-${x.id}`, at: x.scheduledAt, kind: "session" as const, detail: { status: x.status, type: x.kind } })),
    ...s.requests.map((x) => ({
      id: `r-${x.id}`,
      at: x.createdAt,
      kind: "request" as const,
      detail: { number: String(x.number), subject: x.subject, topic: x.topic, status: x.status },
    })),
    ...s.breaks.map((x) => ({
      id: `b-${x.id}`,
      at: x.createdAt,
      kind: "break" as const,
      detail: { status: x.status, start: day(x.startDate), end: day(x.endDate) },
    })),
    ...s.cases.flatMap((c): TimelineEntry[] => [
      { id: `co-${c.id}`, at: c.openedAt, kind: "case-opened" as const, detail: { reason: c.reason }, href: c.id },
      ...(c.closedAt ? [{ id: `cc-${c.id}`, at: c.closedAt, kind: "case-closed" as const, detail: { reason: c.reason, outcome: c.outcome ?? "" }, href: c.id }] : []),
      ...c.appointments.map((a) => ({ id: `a-${a.id}`, at: a.startsAt, kind: "appointment" as const, detail: { type: a.kind, status: a.status }, href: c.id })),
    ]),
    ...s.exchanges.map((x) => ({
      id: `e-${x.id}`,
      at: x.occurredAt,
      kind: "exchange" as const,
      detail: { channel: x.channel, organisation: x.stakeholder.organisation, summary: x.summary },
    })),
    ...s.signals.flatMap((x): TimelineEntry[] => [
      { id: `g-${x.id}`, at: x.createdAt, kind: "signal", detail: { type: x.kind, week: x.isoWeek } },
      // Handled: when, and the advisor's note of what was done (older signals have none).
      ...(x.resolvedAt ? [{ id: `gh-${x.id}`, at: x.resolvedAt, kind: "signal-handled" as const, detail: { type: x.kind, week: x.isoWeek, note: x.resolutionNote ?? "" } }] : []),
    ]),
    ...s.milestones.flatMap((x) => (x.completedAt ? [{ id: `m-${x.id}`, at: x.completedAt, kind: "milestone" as const, detail: { label: x.label } }] : [])),
  ];
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : -1)).slice(0, limit);
}
