import type { Messages } from "@/lib/i18n";
import type { SessionFormMessages } from "./session-fields";

/** The part of the catalogue the session forms need (passed to client components). */
export function sessionFormMessages(m: Messages): SessionFormMessages {
  return { t: m.sessions, kinds: m.sessionKind, statuses: m.sessionStatus };
}
