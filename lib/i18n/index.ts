import { en } from "./messages/en";
import { fr, type Messages } from "./messages/fr";

export const LOCALES = ["fr", "en"] as const;
export type AppLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = "fr";
export const LOCALE_COOKIE = "locale";

const CATALOGUES: Record<AppLocale, Messages> = { fr, en };

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function messagesFor(locale: AppLocale): Messages {
  return CATALOGUES[locale];
}

/** Replaces {name} placeholders; values are inserted as text (React escapes them). */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

export type { Messages };
