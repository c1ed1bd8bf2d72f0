import { createTranslator } from "use-intl/core";
import { emailIntl } from "@/lib/server/mail/render";
import { feedCalls } from "@/lib/server/data/advisor-calls";
import { callFeed } from "@/lib/domain/appointment-ics";
import { formatPhone } from "@/lib/domain/phone";
import { now } from "@/lib/server/clock";

export const dynamic = "force-dynamic";

// The advisor's private calendar feed: the secret token in the URL is the only key (a
// calendar app subscribes without a session). Unknown or revoked: 404, the same answer.
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const found = await feedCalls(token.replace(/\.ics$/, ""), now());
  if (!found) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  const t = createTranslator({ ...emailIntl("fr").options, namespace: "calendarFeed" });
  const body = callFeed(
    t("name", { advisor: `${found.advisor.firstName} ${found.advisor.lastName}` }),
    found.calls.map((c) => {
      const learner = `${c.learner.user.firstName} ${c.learner.user.lastName}`;
      return {
        uid: c.icsUid,
        sequence: c.icsSequence,
        startsAt: c.startsAt,
        durationMinutes: c.durationMinutes,
        summary: t("summary", { kind: t(`kind.${c.kind}`), learner }),
        description: c.learner.user.phone ? t("call", { learner, phone: formatPhone(c.learner.user.phone) }) : t("noPhone", { learner }),
        cancelled: c.status === "CANCELLED",
      };
    }),
    now(),
  );
  return new Response(body, { headers: { "Content-Type": "text/calendar; charset=utf-8", "Cache-Control": "private, no-store" } });
}
