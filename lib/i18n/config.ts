import type { Formats } from "next-intl";

export const LOCALES = ["fr", "en"] as const;
export type AppLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = "fr";
export const LOCALE_COOKIE = "locale";
/** Every instant is shown in the school's time zone, whatever the browser's. */
export const TIME_ZONE = "Europe/Paris";

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Named formats for next-intl's formatters (format.dateTime(date, "day")). */
export const formats = {
  dateTime: {
    /** 1er décembre 2026 · 1 December 2026 */
    day: { day: "numeric", month: "long", year: "numeric" },
    /** 1er décembre · 1 December (a week: "semaine du 1er décembre") */
    dayMonth: { day: "numeric", month: "long" },
    /** 1er déc. 2026 · 1 Dec 2026 */
    dayShort: { day: "numeric", month: "short", year: "numeric" },
    /** mardi 1er décembre · Tuesday 1 December */
    weekday: { weekday: "long", day: "numeric", month: "long" },
    /** mardi 1er décembre 2026 */
    weekdayYear: { weekday: "long", day: "numeric", month: "long", year: "numeric" },
    /** 1er déc. 2026, 10:00 */
    dateTime: { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" },
    /** mardi 1er décembre, 10:00 */
    weekdayTime: { weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit" },
    /** 10:00 */
    time: { hour: "2-digit", minute: "2-digit" },
  },
  number: {
    /** 0,1 · 0.1 */
    oneDecimal: { maximumFractionDigits: 1 },
    percent: { style: "percent", maximumFractionDigits: 0 },
  },
} satisfies Formats;

export type DateFormat = keyof typeof formats.dateTime;
