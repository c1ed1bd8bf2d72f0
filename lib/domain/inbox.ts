// The support inbox's queues and filters, as pure data: parsed from the URL,
// validated here, turned into a query by lib/server/data/inbox.ts.
import type { Priority, RequestStatus, RequestTopic, ResponsibilitySide } from "@prisma/client";
import { TOPIC_CODES } from "./responsibility";
import { isRecordId } from "@/lib/schemas/fields";

export const QUEUES = ["triage", "mine", "advisor", "open"] as const;
export type InboxQueue = (typeof QUEUES)[number];

export const PRIORITIES = ["URGENT", "HIGH", "NORMAL", "LOW"] as const satisfies readonly Priority[];
export const STATUS_FILTERS = ["NEW", "IN_PROGRESS", "WAITING_FOR_REQUESTER", "RESOLVED", "CLOSED"] as const satisfies readonly RequestStatus[];
export const AGE_FILTERS = ["1", "3", "7", "14"] as const;

export type InboxFilters = {
  queue: InboxQueue;
  /** With queue "advisor": whose queue. */
  advisorId?: string;
  topic?: RequestTopic;
  side?: ResponsibilitySide;
  status?: RequestStatus;
  priority?: Priority;
  /** Older than this many days. */
  olderThanDays?: number;
  overdue?: boolean;
  learnerId?: string;
  search?: string;
  after?: string;
};

type Params = Record<string, string | string[] | undefined>;

const one = (params: Params, key: string) => {
  const value = params[key];
  return typeof value === "string" && value.length <= 200 ? value : undefined;
};
const pick = <T extends string>(values: readonly T[], value: string | undefined) => values.find((v) => v === value);

/** Filters from the page's query string; anything unknown is ignored, never trusted. */
export function parseInboxFilters(params: Params, defaultQueue: InboxQueue = "triage"): InboxFilters {
  const advisorId = one(params, "advisor");
  const learnerId = one(params, "learner");
  const after = one(params, "after");
  const age = pick(AGE_FILTERS, one(params, "age"));
  const search = one(params, "q")?.replace(/\p{Cc}/gu, " ").trim().slice(0, 100);
  return {
    queue: pick(QUEUES, one(params, "queue")) ?? defaultQueue,
    advisorId: advisorId && isRecordId(advisorId) ? advisorId : undefined,
    topic: pick(TOPIC_CODES, one(params, "topic")),
    side: pick(["MENTOR", "LEARNER"] as const, one(params, "side")),
    status: pick(STATUS_FILTERS, one(params, "status")),
    priority: pick(PRIORITIES, one(params, "priority")),
    olderThanDays: age ? Number(age) : undefined,
    overdue: one(params, "overdue") === "1" || undefined,
    learnerId: learnerId && isRecordId(learnerId) ? learnerId : undefined,
    search: search || undefined,
    after: after && /^[A-Za-z0-9_-]{1,200}$/.test(after) ? after : undefined,
  };
}

/** The query string of a filter set (for links: queues, pagination). */
export function inboxQuery(filters: Partial<InboxFilters>): string {
  const entries: [string, string | undefined][] = [
    ["queue", filters.queue],
    ["advisor", filters.advisorId],
    ["topic", filters.topic],
    ["side", filters.side],
    ["status", filters.status],
    ["priority", filters.priority],
    ["age", filters.olderThanDays ? String(filters.olderThanDays) : undefined],
    ["overdue", filters.overdue ? "1" : undefined],
    ["learner", filters.learnerId],
    ["q", filters.search],
    ["after", filters.after],
  ];
  const query = new URLSearchParams(entries.filter((e): e is [string, string] => Boolean(e[1])));
  const text = query.toString();
  return text ? `?${text}` : "";
}

/** Sort rank of a priority: the inbox shows URGENT first. */
export const PRIORITY_RANK: Record<Priority, number> = { URGENT: 0, HIGH: 1, NORMAL: 2, LOW: 3 };

export type InboxCursor = { rank: number; createdAt: string; id: string };

/** Keyset cursors: the sort key of the last row, opaque in the URL. */
export function encodeCursor(cursor: InboxCursor): string {
  return Buffer.from(`${cursor.rank}|${cursor.createdAt}|${cursor.id}`).toString("base64url");
}

export function decodeCursor(value: string | undefined): InboxCursor | null {
  if (!value) return null;
  const [rank, createdAt, id] = Buffer.from(value, "base64url").toString().split("|");
  const r = Number(rank);
  if (!Number.isInteger(r) || r < 0 || r > 3 || !isRecordId(id) || Number.isNaN(Date.parse(createdAt ?? ""))) return null;
  return { rank: r, createdAt: createdAt!, id };
}

/** The roles a request may be assigned to: advisors, support members and Mentorship Managers. */
export const ASSIGNEE_ROLES = ["ADVISOR", "SUPPORT", "MENTORSHIP_MANAGER"] as const;
