import type { SessionKind, SessionStatus } from "@prisma/client";
import { getLocale, getTranslations } from "next-intl/server";
import { dates } from "@/lib/i18n/dates";
import type { AppLocale } from "@/lib/i18n";
import { Badge } from "@/components/ui/badge";

type Session = {
  id: string;
  kind: SessionKind;
  status: SessionStatus;
  scheduledAt: Date;
  learnerNote: string | null;
  mentor: { firstName: string; lastName: string };
};

/** A learner's sessions. It only ever receives the note meant for the learner. */
export async function SessionList({ sessions, empty }: { sessions: Session[]; empty: string }) {
  if (sessions.length === 0) return <p className="text-slate-700">{empty}</p>;
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const d = dates(locale as AppLocale);
  return (
    <ul className="space-y-2">
      {sessions.map((session) => (
        <li key={session.id} className="rounded border border-slate-300 bg-white p-3">
          <p>
            <span className="font-medium">{d.instant(session.scheduledAt)}</span> — {t(`sessionKind.${session.kind}`)}{" "}
            {t("learner.with", { name: `${session.mentor.firstName} ${session.mentor.lastName}` })}{" "}
            <Badge className="ml-1">{t(`sessionStatus.${session.status}`)}</Badge>
          </p>
          {session.learnerNote ? (
            <p className="mt-1 text-sm text-slate-800">
              <span className="font-medium">{t("common.labelled", { label: t("learner.noteForYou") })} </span>
              {session.learnerNote}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
