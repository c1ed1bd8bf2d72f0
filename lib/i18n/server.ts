import "server-only";
import { cookies } from "next/headers";
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale, messagesFor, type AppLocale, type Messages } from "./index";

/** The language remembered in the browser's cookie, French by default. */
export async function getLocale(): Promise<AppLocale> {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

export async function getMessages(): Promise<{ locale: AppLocale; m: Messages }> {
  const locale = await getLocale();
  return { locale, m: messagesFor(locale) };
}
