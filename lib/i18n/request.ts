import { getRequestConfig } from "next-intl/server";
import type { IntlError } from "next-intl";
import { messagesFor } from "./index";
import { TIME_ZONE, formats } from "./config";
import { getLocale } from "./server";

// next-intl's request configuration (named in next.config.js): the language
// from the cookie, the school's time zone, the named formats. A missing
// message or a placeholder not supplied throws under I18N_STRICT=1 (the
// end-to-end tests set it) and is logged otherwise.
export function onIntlError(error: IntlError) {
  if (process.env.I18N_STRICT === "1") throw error;
  console.error(JSON.stringify({ level: "warn", msg: "i18n", code: error.code, message: error.message }));
}

/** What shows in place of a message that cannot be formatted: its key, never a raw template. */
export function messageFallback({ namespace, key }: { namespace?: string; key: string; error: IntlError }) {
  return [namespace, key].filter(Boolean).join(".");
}

export default getRequestConfig(async () => {
  const locale = await getLocale();
  return {
    locale,
    messages: messagesFor(locale),
    timeZone: TIME_ZONE,
    formats,
    onError: onIntlError,
    getMessageFallback: messageFallback,
  };
});
