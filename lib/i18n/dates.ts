import type { AppLocale } from "./index";

export const TIME_ZONE = "Europe/Paris";

const TAGS: Record<AppLocale, string> = { fr: "fr-FR", en: "en-GB" };

export function formatDateTime(date: Date, locale: AppLocale): string {
  return new Intl.DateTimeFormat(TAGS[locale], { dateStyle: "medium", timeStyle: "short", timeZone: TIME_ZONE }).format(date);
}

/** For calendar dates stored as @db.Date (midnight UTC): shown in UTC so the day never shifts. */
export function formatDay(date: Date, locale: AppLocale): string {
  return new Intl.DateTimeFormat(TAGS[locale], { dateStyle: "medium", timeZone: "UTC" }).format(date);
}
