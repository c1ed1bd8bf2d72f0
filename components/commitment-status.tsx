import type { CancelledBy, SessionStatus } from "@prisma/client";
import { getTranslations } from "next-intl/server";
import type { CommitmentStatus } from "@/lib/domain/commitment";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const TONE: Record<CommitmentStatus, BadgeTone> = {
  KEPT: "success",
  NOT_KEPT: "danger",
  IN_PROGRESS: "neutral",
  AWAITING_RECORD: "warning",
  ON_BREAK: "neutral",
  NOT_STARTED: "neutral",
};

/** A week's commitment status in words (the colour only repeats them). */
export async function CommitmentStatusTag({ status }: { status: CommitmentStatus }) {
  const t = await getTranslations("sessions.commitmentStatus");
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}

type StatusOf = { status: SessionStatus; cancelledBy: CancelledBy | null; cancelledForBreakId?: string | null };

/** A session's status in words, with who cancelled it ("Annulée par le mentor", "Annulée par l'école — pause"). */
export async function getSessionStatusText(): Promise<(session: StatusOf) => string> {
  const t = await getTranslations();
  return (session) => {
    const status = t(`sessionStatus.${session.status}`);
    if (session.status !== "CANCELLED" || !session.cancelledBy) return status;
    const by = `${status} ${t(`sessions.cancelledBy.${session.cancelledBy}`)}`;
    return session.cancelledForBreakId ? `${by} ${t("breaks.cancelledForBreak")}` : by;
  };
}
