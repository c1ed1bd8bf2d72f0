import { en } from "./messages/en";
import { fr, type Messages } from "./messages/fr";
import type { AppLocale } from "./config";

export { LOCALES, DEFAULT_LOCALE, LOCALE_COOKIE, isLocale, type AppLocale } from "./config";

const CATALOGUES: Record<AppLocale, Messages> = { fr, en };

/** The whole catalogue of a locale (next-intl's request config, emails, tests). */
export function messagesFor(locale: AppLocale): Messages {
  return CATALOGUES[locale];
}

export type { Messages };
