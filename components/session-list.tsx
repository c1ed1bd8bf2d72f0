import type { SessionKind, SessionStatus } from "@prisma/client";
import { format, type AppLocale, type Messages } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/dates";

type Session = {
  id: string;
  kind: SessionKind;
  status: SessionStatus;
  scheduledAt: Date;
  learnerNote: string | null;
  mentor: { firstName: string; lastName: string };
};

/** A learner's sessions. It only ever receives the note meant for the learner. */
export function SessionList({ sessions, empty, locale, m }: { sessions: Session[]; empty: string; locale: AppLocale; m: Messages }) {
  if (sessions.length === 0) return <p className="text-slate-700">{empty}</p>;
  return (
    <ul className="space-y-2">
      {sessions.map((session) => (
        <li key={session.id} className="rounded border border-slate-300 bg-white p-3">
          <p>
            <span className="font-medium">{formatDateTime(session.scheduledAt, locale)}</span> — {m.sessionKind[session.kind]}{" "}
            {format(m.learner.with, { name: `${session.mentor.firstName} ${session.mentor.lastName}` })}
            <span className="ml-2 rounded bg-slate-200 px-2 py-0.5 text-xs font-medium text-slate-900">
              {m.sessionStatus[session.status]}
            </span>
          </p>
          {session.learnerNote ? (
            <p className="mt-1 text-sm text-slate-800">
              <span className="font-medium">{m.learner.noteForYou} : </span>
              {session.learnerNote}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
