import { TIME_ZONE, formats, type AppLocale, type DateFormat } from "./config";

// Building an Intl.DateTimeFormat costs far more than formatting with one (a page of dates
// built one per date spent an eighth of a render's CPU here): each is built once per
// process and reused. The set is bounded: locales × named formats × two time zones.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(tag: string, options: Intl.DateTimeFormatOptions, key: string): Intl.DateTimeFormat {
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(tag, options)));
  return f;
}

// French writes the first day of a month as an ordinal: "1er décembre".
// Intl has no such option, so the day "1" of a formatted French date with a
// numeric day becomes "1er".
function frenchFirst(text: string, locale: AppLocale, date: Date, timeZone: string, style: DateFormat): string {
  if (locale !== "fr" || !("day" in formats.dateTime[style])) return text;
  const day = formatter("fr-FR", { day: "numeric", timeZone }, `fr-day|${timeZone}`).format(date);
  return day === "1" ? text.replace(/(^|\s)1(?=\s)/, "$11er") : text;
}

// British English for "en" ("1 December 2026"): next-intl formats with the bare
// locale, which Intl reads as American ("December 1, 2026").
const INTL_TAGS: Record<AppLocale, string> = { fr: "fr-FR", en: "en-GB" };

/**
 * Dates as people read them, with the named formats of lib/i18n/config.ts:
 * - `instant`: a moment (timestamptz), in Paris time;
 * - `day`: a calendar day stored as a `@db.Date` (midnight UTC), shown in UTC so it never shifts.
 */
export function dates(locale: AppLocale) {
  const render = (date: Date, style: DateFormat, timeZone: string) =>
    frenchFirst(
      formatter(INTL_TAGS[locale], { ...formats.dateTime[style], timeZone }, `${locale}|${style}|${timeZone}`).format(date),
      locale,
      date,
      timeZone,
      style,
    );
  return {
    instant: (date: Date, style: DateFormat = "dateTime") => render(date, style, TIME_ZONE),
    day: (date: Date, style: DateFormat = "day") => render(date, style, "UTC"),
  };
}
export type Dates = ReturnType<typeof dates>;
