// Closing a follow-up case moves what it came from: its source requests are
// resolved with the outcome the advisor marked as shareable, and a mentor's alert
// closes its loop (the mentor is told once). Pure: the data function applies it.
import type { RequestStatus, ResponsibilitySide } from "@prisma/client";

export type SourceRequest = { id: string; status: RequestStatus; side: ResponsibilitySide; loopClosedAt: Date | null };

export type CaseClosing = {
  case: { status: "CLOSED"; closedAt: Date; sharedOutcome: string | null };
  /** Requests still open, to resolve with the shared outcome as their resolution note. */
  resolve: { id: string; fromStatus: RequestStatus; closeLoop: boolean }[];
  /** Mentor alerts whose mentor hears it was handled (at most once per request). */
  notifyMentor: string[];
};

export function closeCaseTransition(sources: SourceRequest[], sharedOutcome: string, now: Date): CaseClosing {
  const note = sharedOutcome.trim() || null;
  const resolve = sources
    .filter((r) => r.status !== "RESOLVED" && r.status !== "CLOSED")
    .map((r) => ({ id: r.id, fromStatus: r.status, closeLoop: r.side === "MENTOR" && !r.loopClosedAt }));
  return {
    case: { status: "CLOSED", closedAt: now, sharedOutcome: note },
    resolve,
    notifyMentor: resolve.filter((r) => r.closeLoop).map((r) => r.id),
  };
}
