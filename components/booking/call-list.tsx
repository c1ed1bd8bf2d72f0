import Link from "next/link";
import type { ReactNode } from "react";
import type { AppointmentKind, AppointmentStatus } from "@prisma/client";
import type { Dates } from "@/lib/i18n/dates";
import { PhoneLink } from "@/components/ui/phone-link";
import { Badge } from "@/components/ui/badge";

export type CallRow = {
  id: string;
  kind: AppointmentKind;
  status: AppointmentStatus;
  startsAt: Date;
  durationMinutes: number;
  topic: string | null;
  caseId: string | null;
  bookedByLearner: boolean;
  learner: { userId: string; user: { firstName: string; lastName: string; phone: string | null } };
};

export type CallListText = {
  none: string;
  line: (values: { time: string; duration: number; kind: string }) => string;
  kind: (kind: AppointmentKind) => string;
  status: (status: AppointmentStatus) => string;
  noPhone: string;
  topic: (topic: string) => string;
  case: string;
  file: string;
  bookedByLearner: string;
};

/** One day's calls: the learner, a tel: link, the reason, links to the case or the learner file, and `actions` (move, cancel). */
export function CallList({ calls, d, text, actions }: { calls: CallRow[]; d: Dates; text: CallListText; actions?: (call: CallRow) => ReactNode }) {
  if (calls.length === 0) return <p className="text-slate-700">{text.none}</p>;
  return (
    <ul className="space-y-2">
      {calls.map((c) => {
        const file = `/advisor/learners/${c.learner.userId}`;
        return (
          <li key={c.id} className="rounded border border-slate-300 bg-white p-3">
            <p className="font-semibold">
              {text.line({ time: d.instant(c.startsAt, "time"), duration: c.durationMinutes, kind: text.kind(c.kind) })} ·{" "}
              <Link href={file} className="underline">
                {c.learner.user.firstName} {c.learner.user.lastName}
              </Link>
              {c.status === "SCHEDULED" ? null : <Badge tone={c.status === "NO_SHOW" ? "danger" : "info"} className="ml-2">{text.status(c.status)}</Badge>}
              {c.bookedByLearner ? <Badge tone="info" className="ml-2">{text.bookedByLearner}</Badge> : null}
            </p>
            <p>{c.learner.user.phone ? <PhoneLink phone={c.learner.user.phone} /> : text.noPhone}</p>
            {c.topic ? <p className="whitespace-pre-line text-sm">{text.topic(c.topic)}</p> : null}
            <p className="text-sm">
              <Link href={c.caseId ? `${file}/cases/${c.caseId}` : file} className="underline">
                {c.caseId ? text.case : text.file}
              </Link>
            </p>
            {actions ? actions(c) : null}
          </li>
        );
      })}
    </ul>
  );
}
