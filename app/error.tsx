"use client";
import { useEffect, useSyncExternalStore } from "react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { buttonStyles } from "@/components/ui/button-styles";
import { errorPage } from "@/lib/i18n/messages/error-page";

// No NextIntlClientProvider is above an error boundary of the root segment, so the
// language comes from <html lang> (set by the root layout from the cookie) and the
// messages from their own small catalogue. The server renders French; the browser
// switches to the page's language once hydrated.
const subscribe = () => () => {};
const pageLanguage = () => (document.documentElement.lang === "en" ? "en" : "fr");
const serverLanguage = () => "fr" as const;

/**
 * A page failed. No stack and no message are shown (they may carry data): only the
 * error's digest, which the server logged with the details, for support to find them.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = useSyncExternalStore(subscribe, pageLanguage, serverLanguage);
  const text = errorPage[locale];

  useEffect(() => {
    document.title = text.title;
  }, [text]);

  return (
    <main id="main" tabIndex={-1} className="mx-auto w-full max-w-2xl flex-1 px-4 py-16 focus:outline-none">
      <h1 className="text-2xl font-bold">{text.title}</h1>
      <p className="mt-4">{text.body}</p>
      {error.digest ? (
        <p className="mt-4 font-semibold" data-testid="error-reference">
          {text.reference} <code>{error.digest}</code>
        </p>
      ) : null}
      <div className="mt-6 flex flex-wrap items-center gap-4">
        <Button onClick={reset}>{text.retry}</Button>
        <Link href="/" className={buttonStyles({ variant: "link" })}>
          {text.home}
        </Link>
      </div>
    </main>
  );
}
