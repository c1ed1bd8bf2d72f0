// The live channel (issue 15): what app servers tell each other through PostgreSQL
// NOTIFY, and what a browser receives over Server-Sent Events. Payloads carry ids and
// kinds only: each server decides who may hear an event, and the browser refetches what
// it needs through the usual access-checked routes. Pure: no I/O.

/** The one NOTIFY channel of the portal. */
export const LIVE_CHANNEL = "portal_live";

export type LiveEvent =
  /** A notification was written for this person (their list and counts changed). */
  | { k: "n"; u: string }
  /** Something happened on a request (a message, a move): who may see it refreshes. */
  | { k: "r"; r: string }
  /** Someone's presence on a staff request page changed. */
  | { k: "p"; r: string }
  /** A session ended (sign-out): its streams close. */
  | { k: "s"; s: string }
  /** Every session of this account was revoked. */
  | { k: "v"; u: string };

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const isId = (v: unknown): v is string => typeof v === "string" && ID.test(v);

/** A NOTIFY payload as an event, or null for anything else (never throws). */
export function parseLiveEvent(payload: string | undefined): LiveEvent | null {
  if (!payload || payload.length > 512) return null;
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const v = value as Record<string, unknown>;
  switch (v.k) {
    case "n":
    case "v":
      return isId(v.u) ? { k: v.k, u: v.u } : null;
    case "r":
    case "p":
      return isId(v.r) ? { k: v.k, r: v.r } : null;
    case "s":
      return isId(v.s) ? { k: "s", s: v.s } : null;
    default:
      return null;
  }
}

/** What a browser receives: an SSE frame (`event:` name, one JSON line). */
export function sseFrame(event: "notification" | "request" | "presence" | "ready", data: Record<string, string> = {}): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** A comment line: keeps proxies and the browser from closing an idle stream. */
export const SSE_HEARTBEAT = ": ping\n\n";

/** Reconnection delay after `attempt` failures in a row: doubling from `minMs`, capped at `maxMs`. */
export function backoffDelay(attempt: number, minMs = 500, maxMs = 30_000): number {
  return Math.min(maxMs, minMs * 2 ** Math.max(0, Math.min(attempt, 20)));
}
