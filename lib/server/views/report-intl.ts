import "server-only";
import { createTranslator } from "use-intl/core";
import { messagesFor, type AppLocale } from "@/lib/i18n";
import { TIME_ZONE, formats } from "@/lib/i18n/config";
import { dates } from "@/lib/i18n/dates";

/** Translations and dates for files made outside a page (CSV, PDF): the same catalogue and formats. */
export function fileIntl(locale: AppLocale) {
  const options = { locale, messages: messagesFor(locale), timeZone: TIME_ZONE, formats };
  return { t: createTranslator(options), d: dates(locale) };
}

export type FileIntl = ReturnType<typeof fileIntl>;
