import type { CancelledBy, SessionStatus } from "@prisma/client";
import type { CommitmentStatus } from "@/lib/domain/commitment";
import type { Messages } from "@/lib/i18n";

const STYLE: Record<CommitmentStatus, string> = {
  KEPT: "border-green-800 text-green-900",
  NOT_KEPT: "border-red-800 text-red-900 font-semibold",
  IN_PROGRESS: "border-slate-500 text-slate-800",
  AWAITING_RECORD: "border-amber-800 text-amber-900",
  ON_BREAK: "border-slate-500 text-slate-800",
  NOT_STARTED: "border-slate-500 text-slate-800",
};

/** A week's commitment status in words (the border colour only repeats them). */
export function CommitmentStatusTag({ status, m }: { status: CommitmentStatus; m: Messages }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-xs ${STYLE[status]}`}>{m.sessions.commitmentStatus[status]}</span>;
}

/** A session's status in words, with who cancelled it ("Annulée par le mentor"). */
export function sessionStatusText(session: { status: SessionStatus; cancelledBy: CancelledBy | null }, m: Messages): string {
  const status = m.sessionStatus[session.status];
  return session.status === "CANCELLED" && session.cancelledBy ? `${status} ${m.sessions.cancelledBy[session.cancelledBy]}` : status;
}
