import { getLocale, getTranslations } from "next-intl/server";
import { todayAndTomorrow } from "@/lib/domain/worklist";
import type { AppLocale } from "@/lib/i18n";
import { dates } from "@/lib/i18n/dates";
import { CallList, type CallListText, type CallRow } from "@/components/booking/call-list";
import { callActions } from "./calendar/call-actions";

/** Loads the labels of a call list (shared with /advisor/calendar). */
export async function callListText(): Promise<CallListText> {
  const t = await getTranslations("advisorCalls");
  return {
    none: t("none"),
    line: (v) => t("call", v),
    kind: (k) => t(`kind.${k}`),
    status: (s) => t(`status.${s}`),
    noPhone: t("noPhone"),
    topic: (topic) => t("topic", { topic }),
    case: t("case"),
    file: t("file"),
    bookedByLearner: t("bookedByLearner"),
  };
}

/**
 * "Calls today and tomorrow", at the top of the advisor's dashboard (the worklist below does
 * not repeat them): `calls` are the worklist's, read at `at` in the same statement.
 */
export async function UpcomingCalls({ calls, at }: { calls: CallRow[]; at: Date }) {
  const range = todayAndTomorrow(at);
  const today = { start: range.start, end: range.tomorrowStart };
  const tomorrow = { start: range.tomorrowStart, end: range.end };
  const [t, locale, text] = await Promise.all([getTranslations("advisorCalls"), getLocale(), callListText()]);
  const d = dates(locale as AppLocale);
  const days = [
    { key: "today", title: t("today"), range: today },
    { key: "tomorrow", title: t("tomorrow"), range: tomorrow },
  ] as const;
  return (
    <section aria-labelledby="calls-title" className="mb-8">
      <h2 id="calls-title" className="mb-3 text-lg font-semibold">
        {t("title")}
      </h2>
      <div className="grid gap-4 md:grid-cols-2">
        {days.map((day) => (
          <section key={day.key} aria-labelledby={`calls-${day.key}`}>
            <h3 id={`calls-${day.key}`} className="mb-2 font-semibold">
              {day.title} — {d.instant(day.range.start, "weekday")}
            </h3>
            <CallList calls={calls.filter((c) => c.startsAt >= day.range.start && c.startsAt < day.range.end)} d={d} text={text} actions={callActions(at)} />
          </section>
        ))}
      </div>
    </section>
  );
}
