"use client";
import type { ReactNode } from "react";
import { NextIntlClientProvider, type AbstractIntlMessages, type IntlError } from "next-intl";
import { TIME_ZONE, formats, type AppLocale } from "@/lib/i18n/config";

// Functions cannot cross from the server, so the error policy is set here:
// under I18N_STRICT (the end-to-end tests) a missing message or placeholder throws.
export function IntlClientProvider({
  locale,
  messages,
  strict,
  children,
}: {
  locale: AppLocale;
  messages: AbstractIntlMessages;
  strict: boolean;
  children: ReactNode;
}) {
  return (
    <NextIntlClientProvider
      locale={locale}
      messages={messages}
      timeZone={TIME_ZONE}
      formats={formats}
      onError={(error: IntlError) => {
        if (strict) throw error;
        console.warn(error.message);
      }}
      getMessageFallback={({ namespace, key }) => [namespace, key].filter(Boolean).join(".")}
    >
      {children}
    </NextIntlClientProvider>
  );
}
