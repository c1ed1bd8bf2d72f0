import type { createFormatter } from "next-intl";
import { TIME_ZONE, formats, type AppLocale, type DateFormat } from "./config";

type Formatter = ReturnType<typeof createFormatter>;

// French writes the first day of a month as an ordinal: "1er décembre".
// Intl has no such option, so the day "1" of a formatted French date with a
// numeric day becomes "1er".
function frenchFirst(text: string, locale: AppLocale, date: Date, timeZone: string, style: DateFormat): string {
  if (locale !== "fr" || !("day" in formats.dateTime[style])) return text;
  const day = new Intl.DateTimeFormat("fr-FR", { day: "numeric", timeZone }).format(date);
  return day === "1" ? text.replace(/(^|\s)1(?=\s)/, "$11er") : text;
}

/**
 * Dates as people read them, through next-intl's formatter (server:
 * `await getFormatter()`, client: `useFormatter()`):
 * - `instant`: a moment (timestamptz), in Paris time;
 * - `day`: a calendar day stored as a `@db.Date` (midnight UTC), shown in UTC so it never shifts.
 */
export function dates(format: Formatter, locale: AppLocale) {
  return {
    instant(date: Date, style: DateFormat = "dateTime"): string {
      return frenchFirst(format.dateTime(date, { ...formats.dateTime[style], timeZone: TIME_ZONE }), locale, date, TIME_ZONE, style);
    },
    day(date: Date, style: DateFormat = "day"): string {
      return frenchFirst(format.dateTime(date, { ...formats.dateTime[style], timeZone: "UTC" }), locale, date, "UTC", style);
    },
  };
}
export type Dates = ReturnType<typeof dates>;

// Legacy helpers, removed once every page formats through `dates()`.
const TAGS: Record<AppLocale, string> = { fr: "fr-FR", en: "en-GB" };
export function formatDateTime(date: Date, locale: AppLocale): string {
  return new Intl.DateTimeFormat(TAGS[locale], { dateStyle: "medium", timeStyle: "short", timeZone: TIME_ZONE }).format(date);
}
export function formatDay(date: Date, locale: AppLocale): string {
  return new Intl.DateTimeFormat(TAGS[locale], { dateStyle: "medium", timeZone: "UTC" }).format(date);
}
export { TIME_ZONE };
