import type { SessionKind, SessionStatus } from "@prisma/client";
import type { AppLocale, Messages } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/dates";

/** A session in a table cell: when, and its status in words (never colour alone). */
export function SessionCell({
  session,
  locale,
  m,
}: {
  session: { scheduledAt: Date; status: SessionStatus; kind: SessionKind } | null;
  locale: AppLocale;
  m: Messages;
}) {
  if (!session) return <>{m.common.none}</>;
  return (
    <>
      {formatDateTime(session.scheduledAt, locale)}
      <br />
      <span className="text-slate-700">
        {m.sessionKind[session.kind]} · {m.sessionStatus[session.status]}
      </span>
    </>
  );
}
