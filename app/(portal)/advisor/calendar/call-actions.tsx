import { schoolDateTime } from "@/lib/domain/week";
import { ClientMessages } from "@/components/intl/client-messages";
import type { CallRow } from "@/components/booking/call-list";
import { CallChangeForms } from "./call-change-forms";

/** The move and cancel forms of a call still to come (shared by /advisor and /advisor/calendar). */
export function callActions(now: Date) {
  return function CallActions(call: CallRow) {
    if (call.status !== "SCHEDULED" || call.startsAt <= now) return null;
    return (
      <ClientMessages namespaces={["advisorCallActions", "cases", "forms"]}>
        <CallChangeForms
          appointmentId={call.id}
          learner={`${call.learner.user.firstName} ${call.learner.user.lastName}`}
          {...schoolDateTime(call.startsAt)}
          durationMinutes={String(call.durationMinutes)}
        />
      </ClientMessages>
    );
  };
}
